package org.helpdesk.channel;

import java.time.Instant;
import java.util.UUID;
import org.helpdesk.ticket.NamedRef;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox the desk polls over IMAP. New mail becomes tickets of {@code team} in {@code category}. The password is
 * stored sealed and never shown again; {@code passwordSet} says whether there is one.
 *
 * @param address the mailbox's own address: mail from it is a loop, answers to its tickets are sent from it
 */
public record Mailbox(
        UUID id,
        String name,
        String address,
        String host,
        int port,
        MailSecurity security,
        String username,
        boolean passwordSet,
        String folder,
        @Nullable NamedRef team,
        @Nullable NamedRef category,
        boolean enabled,
        @Nullable Instant lastPolledAt,
        @Nullable String lastError,
        long version) {

    /** How the connection to the IMAP server is protected. */
    public enum MailSecurity {
        /** TLS from the first byte (imaps, port 993). */
        SSL,
        /** Plain connection upgraded with STARTTLS (port 143), refused if the server cannot. */
        STARTTLS,
        /** No encryption: only for a server on the same host or in tests. */
        NONE
    }
}
