package org.helpdesk.search.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis of a ticket's customer messages (its {@code TICKET_MESSAGE} feedback items) adds to the
 * ticket's document. {@code sentiment} is the effective sentiment (a quality manager's correction, else the
 * analyzer's) of the <em>latest</em> analysed customer message: how the customer feels now, not how they felt when
 * they first wrote. {@code themes} are the effective themes of all of them: what the ticket has been about.
 * {@code language} is the language detected in the customer's first message. {@code revisions} is the sum of the
 * items' revisions, which only grows, so the document's version (ticket version + revisions) grows whenever
 * either the ticket or the analysis changes.
 */
record CustomerVoice(
        long revisions, @Nullable String language, @Nullable String sentiment, List<String> themes) {

    static final CustomerVoice NONE = new CustomerVoice(0, null, null, List.of());

    /** The version a ticket's document carries, as SQL over a row {@code ticket}: see {@link #revisions}. */
    static final String DOCUMENT_VERSION = """
            ticket.version + (select coalesce(sum(f.revision), 0) from feedback_item f
                               where f.ticket_id = ticket.id and f.source = 'TICKET_MESSAGE')""";

    /** The voices of the tickets {@code ?} (a uuid array), one row per ticket that has customer messages. */
    static final String OF_TICKETS = """
            select f.ticket_id,
                   sum(f.revision) as revisions,
                   (array_agg(f.language order by f.received_at, f.id)
                        filter (where f.language is not null))[1] as language,
                   (array_agg(coalesce(f.corrected_label, f.sentiment_label) order by f.received_at desc, f.id desc)
                        filter (where coalesce(f.corrected_label, f.sentiment_label) is not null))[1] as sentiment,
                   array(select distinct t.theme
                           from feedback_item g
                           cross join lateral jsonb_to_recordset(coalesce(g.corrected_themes, g.themes))
                                as t(theme text)
                          where g.ticket_id = f.ticket_id and g.source = 'TICKET_MESSAGE' and t.theme is not null
                          order by 1) as themes
              from feedback_item f
             where f.ticket_id = any(?) and f.source = 'TICKET_MESSAGE'
             group by f.ticket_id""";

    CustomerVoice {
        themes = List.copyOf(themes);
    }

    long documentVersion(long ticketVersion) {
        return ticketVersion + revisions;
    }
}
