package org.helpdesk.ticket;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A file attached to a ticket (and usually to one message of it). Its random id is what links use. */
public record Attachment(
        UUID id,
        TicketId ticketId,
        @Nullable UUID messageId,
        String filename,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
