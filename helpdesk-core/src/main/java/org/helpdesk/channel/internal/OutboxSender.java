package org.helpdesk.channel.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.channel.MailAttachment;
import org.helpdesk.channel.MailKind;
import org.helpdesk.shared.PeriodicWorker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so instances share the work and
 * a mail goes out once. A mail the server does not take is tried again later, waiting twice as long each time up
 * to {@code helpdesk.channels.mail.retry-max}, and never dropped: an outage only delays mail. Without an SMTP
 * server configured ({@code spring.mail.host}) mail waits in the outbox until one is. The mails this instance sent are
 * counted in {@value #SENT}.
 */
@Component
class OutboxSender extends PeriodicWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;
    /** Marks our own mail, so one that comes back (a forward, a misconfigured alias) is recognised as a loop. */
    static final String LOOP_HEADER = "X-Helpdesk-Loop";

    static final String SENT = "helpdesk.mail.outbox.sent";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSenderImpl> senders;
    private final ChannelProperties.Mail settings;
    private final Clock clock;
    private final Counter sentMails;

    OutboxSender(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ObjectProvider<JavaMailSenderImpl> senders,
            ChannelProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        super("mail-outbox", Duration.ZERO, properties.mail().sendInterval());
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.senders = senders;
        this.settings = properties.mail();
        this.clock = clock;
        this.sentMails = meters.getIfAvailable(SimpleMeterRegistry::new).counter(SENT);
    }

    /** Sends what is due; returns how many mails went out. */
    int drain() {
        JavaMailSenderImpl sender = senders.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer round = transactions.execute(status -> sendBatch(sender));
            int done = round == null ? 0 : round;
            sent += Math.max(done, 0);
            if (done < BATCH) {
                return sent;
            }
        }
    }

    private int sendBatch(JavaMailSenderImpl sender) {
        List<Outgoing> due = jdbc.sql("""
                        select id, kind, sender, recipient, subject, body_text, message_id, in_reply_to, references_ids,
                               attempts
                          from mail_outbox
                         where status = 'PENDING' and next_attempt_at <= ?
                         order by next_attempt_at, created_at limit ? for update skip locked""")
                .params(Timestamp.from(clock.instant()), BATCH)
                .query((rs, n) -> new Outgoing(
                        rs.getObject("id", UUID.class),
                        MailKind.valueOf(rs.getString("kind")),
                        rs.getString("sender"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body_text"),
                        rs.getString("message_id"),
                        rs.getString("in_reply_to"),
                        rs.getString("references_ids"),
                        rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Outgoing mail : due) {
            try {
                sender.send(message(sender, mail));
                jdbc.sql("""
                                update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1,
                                                       last_error = null where id = ?""").params(Timestamp.from(clock.instant()), mail.id()).update();
                sent++;
                sentMails.increment();
            } catch (MailException | MessagingException | UnsupportedEncodingException e) {
                Instant next = clock.instant().plus(backoff(mail.attempts() + 1));
                log.warn(
                        "Mail {} to {} not sent (attempt {}), next try at {}: {}",
                        mail.id(),
                        mail.recipient(),
                        mail.attempts() + 1,
                        next,
                        e.toString());
                jdbc.sql("""
                                update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
                                 where id = ?""")
                        .params(Timestamp.from(next), abbreviate(e.getMessage()), mail.id())
                        .update();
                // The server is likely down for the rest of the batch too; the next round tries again.
                return -1;
            }
        }
        return due.size() < BATCH ? sent : BATCH;
    }

    Duration backoff(int attempts) {
        long seconds = 5L << Math.min(attempts - 1, 20);
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
    }

    private MimeMessage message(JavaMailSenderImpl sender, Outgoing mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        List<MailAttachment> files = attachments(mail.id());
        MimeMessageHelper helper = new MimeMessageHelper(message, !files.isEmpty(), "UTF-8");
        helper.setFrom(new InternetAddress(mail.sender(), settings.fromName(), "UTF-8"));
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.mediaType());
        }
        helper.setSentDate(java.util.Date.from(clock.instant()));
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (mail.references() != null) {
            message.setHeader("References", mail.references());
        }
        message.setHeader(LOOP_HEADER, mail.sender());
        // Out-of-office replies to our mail would only come back as noise.
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (mail.kind() != MailKind.REPLIED) {
            // RFC 3834: a notification is machine-made; well-behaved autoresponders do not answer it.
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        return message;
    }

    private List<MailAttachment> attachments(UUID outbox) {
        return jdbc.sql("""
                        select file_name, media_type, content from mail_outbox_attachment
                         where outbox_id = ? order by position""")
                .param(outbox)
                .query((rs, n) -> new MailAttachment(
                        rs.getString("file_name"), rs.getString("media_type"), rs.getBytes("content")))
                .list();
    }

    private static @Nullable String abbreviate(@Nullable String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
    }

    @Override
    protected void round() {
        drain();
    }

    private record Outgoing(
            UUID id,
            MailKind kind,
            String sender,
            String recipient,
            String subject,
            String body,
            String messageId,
            @Nullable String inReplyTo,
            @Nullable String references,
            int attempts) {}
}
