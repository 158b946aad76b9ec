package org.helpdesk.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message in a ticket's conversation, with the files attached to it. */
public record Message(
        UUID id,
        TicketId ticketId,
        Visibility visibility,
        AuthorType authorType,
        String author,
        String body,
        Instant createdAt,
        List<Attachment> attachments) {

    public Message {
        attachments = List.copyOf(attachments);
    }
}
