package org.helpdesk.channel.internal;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps an incoming mail exactly as it came, before anything looks at it. The Message-ID is unique: the same mail
 * fetched twice, or sent to two of our mailboxes, is stored once.
 */
@Component
public class InboundStore {

    private static final Session SESSION = MailParser.session();

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the mail; false when a mail with its Message-ID is already stored. */
    public boolean store(@Nullable UUID mailbox, byte[] raw) {
        Headers headers = headers(raw);
        return jdbc.sql("""
                                insert into inbound_mail (id, mailbox_id, message_id, sender, subject, raw, size_bytes,
                                                          received_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
                        .params(
                                UUID.randomUUID(),
                                mailbox,
                                headers.messageId(),
                                headers.sender(),
                                headers.subject(),
                                raw,
                                raw.length,
                                Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /** The few headers the mail log shows; a mail too broken to read them is still stored (and fails later, visibly). */
    private static Headers headers(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String messageId = MailParser.messageId(message, raw);
            String sender = null;
            if (message.getFrom() != null
                    && message.getFrom().length > 0
                    && message.getFrom()[0] instanceof InternetAddress from
                    && from.getAddress() != null) {
                sender = from.getAddress().toLowerCase(Locale.ROOT);
            }
            String subject = message.getSubject();
            return new Headers(messageId, sender, subject == null ? null : cut(subject));
        } catch (Exception e) {
            return new Headers(MailParser.contentId(raw), null, null);
        }
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private record Headers(
            String messageId,
            @Nullable String sender,
            @Nullable String subject) {}
}
