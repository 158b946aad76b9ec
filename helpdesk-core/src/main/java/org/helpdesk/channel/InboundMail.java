package org.helpdesk.channel;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One mail as it arrived, and what became of it.
 *
 * @param status RECEIVED (waiting), PROCESSED (a ticket was opened or answered), IGNORED (an autoresponder, a bounce,
 *     a loop, a duplicate), FAILED (kept for an admin: see {@code error}), DISMISSED (an admin let a failure go)
 * @param outcome what exactly: CREATED, APPENDED, REOPENED, FOLLOW_UP, AUTO_REPLY, BOUNCE, LOOP, TOO_LARGE, …
 * @param ticketReference the ticket it went to, if any
 */
public record InboundMail(
        UUID id,
        @Nullable String mailbox,
        String messageId,
        @Nullable String sender,
        @Nullable String subject,
        int sizeBytes,
        Instant receivedAt,
        String status,
        @Nullable String outcome,
        @Nullable String error,
        int attempts,
        @Nullable String ticketReference,
        @Nullable Instant processedAt) {}
