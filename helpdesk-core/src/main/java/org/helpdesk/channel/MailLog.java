package org.helpdesk.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.channel.internal.InboundProcessor;
import org.helpdesk.channel.internal.InboundStore;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.ticket.TicketReference;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What came in and what went out by mail: the admin's view of the channel. Incoming mail that could not be processed
 * is listed here with the reason, can be downloaded as it came, retried once the cause is fixed, or dismissed.
 */
@Service
public class MailLog {

    public static final List<String> STATUSES = List.of("RECEIVED", "PROCESSED", "IGNORED", "FAILED", "DISMISSED");
    public static final int MAX_PAGE_SIZE = 200;

    private static final String INBOUND_COLUMNS = """
            i.id, b.name as mailbox, i.message_id, i.sender, i.subject, i.size_bytes, i.received_at, i.status,
            i.outcome, i.error, i.attempts, t.number as ticket_number, i.processed_at
              from inbound_mail i left join mailbox b on b.id = i.mailbox_id left join ticket t on t.id = i.ticket_id""";

    private final JdbcClient jdbc;
    private final InboundStore store;
    private final InboundProcessor processor;

    MailLog(JdbcClient jdbc, InboundStore store, InboundProcessor processor) {
        this.jdbc = jdbc;
        this.store = store;
        this.processor = processor;
    }

    /**
     * Takes a raw mail as received (for a mailbox, or none): stored now, turned into a ticket or reply shortly after.
     * Returns false when it was a duplicate of a mail already stored.
     */
    public boolean receive(@Nullable UUID mailbox, byte[] raw) {
        if (raw.length == 0) {
            throw InvalidInputException.of("mail", "empty", "the mail is empty");
        }
        return store.store(mailbox, raw);
    }

    /** Processes waiting mail now rather than at the next round of the worker. */
    public int processWaiting() {
        return processor.drain();
    }

    /** Incoming mail, newest first; {@code status} narrows it (null: all). */
    public List<InboundMail> inbound(@Nullable String status, int page, int size) {
        String wanted =
                status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw InvalidInputException.of("status", "unknown_value", "must be one of " + String.join(", ", STATUSES));
        }
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return jdbc.sql("select " + INBOUND_COLUMNS + " where (cast(? as text) is null or i.status = ?)"
                        + " order by i.received_at desc, i.id limit ? offset ?")
                .params(wanted, wanted, limit, Math.max(0, page) * (long) limit)
                .query(MailLog::inboundMail)
                .list();
    }

    public long count(String status) {
        return jdbc.sql("select count(*) from inbound_mail where status = ?")
                .param(status)
                .query(Long.class)
                .single();
    }

    public InboundMail inboundMail(UUID id) {
        return jdbc.sql("select " + INBOUND_COLUMNS + " where i.id = ?")
                .param(id)
                .query(MailLog::inboundMail)
                .optional()
                .orElseThrow(() -> new NotFoundException("mail", id.toString()));
    }

    /** The mail exactly as it arrived (RFC 5322), for an admin to look into. */
    public byte[] original(UUID id) {
        return jdbc.sql("select raw from inbound_mail where id = ?")
                .param(id)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("mail", id.toString()));
    }

    /** Puts a failed mail back in line, after its cause was fixed. */
    public InboundMail retry(UUID id) {
        move(id, Set.of("FAILED", "DISMISSED"), "RECEIVED", "retried");
        return inboundMail(id);
    }

    /** Lets a failed mail go: it stays in the log, marked dismissed. */
    public InboundMail dismiss(UUID id) {
        move(id, Set.of("FAILED"), "DISMISSED", "dismissed");
        return inboundMail(id);
    }

    private void move(UUID id, Set<String> from, String to, String verb) {
        InboundMail mail = inboundMail(id);
        if (!from.contains(mail.status())) {
            throw new InvalidTransitionException(
                    mail.status(),
                    to,
                    "not_failed",
                    "only a failed mail can be " + verb + "; this one is "
                            + mail.status().toLowerCase(Locale.ROOT));
        }
        int moved = jdbc.sql("update inbound_mail set status = ?,"
                        + " error = case when ? = 'RECEIVED' then null else error end where id = ? and status = ?")
                .params(to, to, id, mail.status())
                .update();
        if (moved == 0) {
            throw new InvalidTransitionException(
                    mail.status(), to, "changed", "the mail was handled meanwhile; look at it again");
        }
    }

    /** How the outbox stands: waiting mail, the oldest one, the last error, sent in the last day. */
    public OutboxStatus outbox(Instant now) {
        return jdbc.sql("""
                        select count(*) filter (where status = 'PENDING') as pending,
                               min(created_at) filter (where status = 'PENDING') as oldest,
                               count(*) filter (where status = 'SENT' and sent_at >= ?) as sent_day,
                               (select last_error from mail_outbox where status = 'PENDING' and last_error is not null
                                 order by next_attempt_at desc limit 1) as last_error
                          from mail_outbox""")
                .param(Timestamp.from(now.minusSeconds(86_400)))
                .query((rs, n) -> new OutboxStatus(
                        rs.getLong("pending"),
                        rs.getTimestamp("oldest") == null
                                ? null
                                : rs.getTimestamp("oldest").toInstant(),
                        rs.getLong("sent_day"),
                        rs.getString("last_error")))
                .single();
    }

    /** The mail sent (or waiting to be) about one ticket, oldest first. */
    public List<OutgoingMail> outgoing(UUID ticketId) {
        return jdbc.sql("""
                        select id, kind, recipient, subject, status, attempts, last_error, created_at, sent_at
                          from mail_outbox where ticket_id = ? order by created_at, id""")
                .param(ticketId)
                .query((rs, n) -> new OutgoingMail(
                        rs.getObject("id", UUID.class),
                        MailKind.valueOf(rs.getString("kind")),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null
                                ? null
                                : rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    /** See {@link #outbox(Instant)}. */
    public record OutboxStatus(
            long pending,
            @Nullable Instant oldestPending,
            long sentLastDay,
            @Nullable String lastError) {}

    /** One mail of the outbox. */
    public record OutgoingMail(
            UUID id,
            MailKind kind,
            String recipient,
            String subject,
            String status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    private static InboundMail inboundMail(ResultSet rs, int row) throws SQLException {
        long number = rs.getLong("ticket_number");
        boolean hasTicket = !rs.wasNull();
        Timestamp processed = rs.getTimestamp("processed_at");
        return new InboundMail(
                rs.getObject("id", UUID.class),
                rs.getString("mailbox"),
                rs.getString("message_id"),
                rs.getString("sender"),
                rs.getString("subject"),
                rs.getInt("size_bytes"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("status"),
                rs.getString("outcome"),
                rs.getString("error"),
                rs.getInt("attempts"),
                hasTicket ? TicketReference.format(number) : null,
                processed == null ? null : processed.toInstant());
    }
}
