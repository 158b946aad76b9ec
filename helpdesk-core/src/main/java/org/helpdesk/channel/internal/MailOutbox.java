package org.helpdesk.channel.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.channel.MailAttachment;
import org.helpdesk.channel.MailKind;
import org.helpdesk.channel.MailQueue;
import org.helpdesk.channel.MailTemplates;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.ticket.Ticket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts a mail to a ticket's customer into the outbox, in the caller's transaction: the mail exists exactly when
 * what it tells about was committed. Every mail names the ticket in its subject, carries the status link, and
 * threads under the ticket's earlier mail (In-Reply-To, References) so the customer's mail program groups them.
 */
@Component
public class MailOutbox implements MailQueue {

    private static final int REFERENCES_MAX = 20;

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final StatusLinks links;
    private final ChannelProperties.Mail settings;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, MailTemplates templates, StatusLinks links, ChannelProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.links = links;
        this.settings = properties.mail();
        this.clock = clock;
    }

    /** Queues a mail of {@code kind} to the ticket's customer; {@code values} add to the ticket's own placeholders. */
    public UUID enqueue(Ticket ticket, MailKind kind, String language, Map<String, String> values) {
        String statusLink = links.link(ticket).toString();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("ticket", ticket.reference());
        all.put("subject", ticket.subject());
        all.put("customerName", customerName(ticket));
        all.put("statusLink", statusLink);
        all.putAll(values);
        MailTemplates.Rendered mail = templates.render(kind, language, all);
        String token = "[" + ticket.reference() + "]";
        String subject = mail.subject().contains(token) ? mail.subject() : token + " " + mail.subject();
        String body = mail.body().contains(statusLink) ? mail.body() : mail.body() + "\n\n" + statusLink;
        String sender = sender(ticket);
        UUID id = UUID.randomUUID();
        String messageId = "<hd-" + ticket.number() + "-" + id + "@" + domain(sender) + ">";
        List<String> thread = thread(ticket);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (id, ticket_id, kind, sender, recipient, subject, body_text, message_id,
                                                 in_reply_to, references_ids, language, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ticket.id().value(),
                        kind.name(),
                        sender,
                        ticket.customerEmail(),
                        subject,
                        body,
                        messageId,
                        thread.isEmpty() ? null : thread.get(thread.size() - 1),
                        thread.isEmpty() ? null : String.join(" ", thread),
                        mail.language(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        remember(messageId, ticket, now);
        return id;
    }

    /** A mail that is not about a ticket: from the desk's address, not threaded, its files kept beside it. */
    @Override
    public UUID enqueue(
            MailKind kind,
            String recipient,
            String language,
            Map<String, String> values,
            List<MailAttachment> attachments) {
        MailTemplates.Rendered mail = templates.render(kind, language, values);
        String sender = settings.from();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into mail_outbox (id, kind, sender, recipient, subject, body_text, message_id, language,
                                                 next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        kind.name(),
                        sender,
                        recipient,
                        mail.subject(),
                        mail.body(),
                        "<hd-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + "@" + domain(sender) + ">",
                        mail.language(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment file = attachments.get(i);
            jdbc.sql("""
                            insert into mail_outbox_attachment (outbox_id, position, file_name, media_type, content)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, i, file.fileName(), file.mediaType(), file.content())
                    .update();
        }
        return id;
    }

    /** Notes a Message-ID as part of the ticket's thread, so a reply naming it finds the ticket. */
    public void remember(String messageId, Ticket ticket, Instant now) {
        jdbc.sql("""
                        insert into mail_thread (message_id, ticket_id, created_at) values (?, ?, ?)
                        on conflict (message_id) do nothing""")
                .params(messageId, ticket.id().value(), Timestamp.from(now))
                .update();
    }

    private List<String> thread(Ticket ticket) {
        List<String> ids = new ArrayList<>(jdbc.sql("""
                        select message_id from mail_thread where ticket_id = ?
                         order by created_at desc, message_id limit ?""")
                .params(ticket.id().value(), REFERENCES_MAX)
                .query(String.class)
                .list());
        Collections.reverse(ids);
        return ids;
    }

    /** Answers come from the mailbox the customer last wrote to, so their replies land there again. */
    private String sender(Ticket ticket) {
        return jdbc.sql("""
                        select m.address from inbound_mail i join mailbox m on m.id = i.mailbox_id
                         where i.ticket_id = ? order by i.received_at desc limit 1""")
                .param(ticket.id().value())
                .query(String.class)
                .optional()
                .orElse(settings.from());
    }

    private static String customerName(Ticket ticket) {
        String name = ticket.customerName();
        return name == null || name.isBlank() ? ticket.customerEmail() : name;
    }

    static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? "helpdesk.local" : address.substring(at + 1);
    }
}
