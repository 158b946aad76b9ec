package org.helpdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One message in a ticket's conversation, with the files attached to it. {@code bodyHtml} is the HTML a customer's
 * e-mail came with, as received: sanitise it before showing it; {@code body} is always the plain text.
 */
public record Message(
        UUID id,
        TicketId ticketId,
        Visibility visibility,
        AuthorType authorType,
        String author,
        String body,
        Instant createdAt,
        List<Attachment> attachments,
        @Nullable String bodyHtml) {

    public Message {
        attachments = List.copyOf(attachments);
    }
}
