package org.helpdesk.ticket;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a ticket is classified: channel, type, category, product, language and free tags. */
public record Classification(
        Channel channel,
        TicketType type,
        @Nullable NamedRef category,
        @Nullable NamedRef product,
        @Nullable String language,
        List<String> tags) {

    public Classification {
        tags = List.copyOf(tags);
    }
}
