package org.helpdesk.channel.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.Language;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.customer.EmailAddress;
import org.helpdesk.shared.PeriodicWorker;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.ReopenOutcome;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns stored incoming mail into tickets and replies. Each mail is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * handled inside a savepoint: if handling fails, whatever it did is rolled back and the mail is marked FAILED with
 * the reason, for an admin to retry or dismiss; it is never dropped.
 *
 * <p>A reply is recognised by the Message-IDs it names (In-Reply-To, References) or by the ticket number in its
 * subject, the latter only when it comes from the ticket's own customer (a number is easy to guess). Mail written by
 * machines (autoresponders, bounces), our own mail coming back, and senders writing more than
 * {@code helpdesk.channels.mail.sender-limit} mails in {@code sender-window} open no tickets, so two robots cannot
 * answer each other forever.
 */
@Component
public class InboundProcessor extends PeriodicWorker {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    static final String ACTOR = "system:email";
    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\bHD-(\\d{1,12})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(on .{4,200} wrote:|.{0,200}(написал|написала|написал\\(а\\)|писа|написа):|"
                    + "-+ ?(original message|исходное сообщение|оригинално съобщение) ?-+)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate savepoints;
    private final Tickets tickets;
    private final MailOutbox outbox;
    private final MailboxStore mailboxes;
    private final FeedbackAnalyzer analyzer;
    private final ChannelProperties properties;
    private final Clock clock;

    InboundProcessor(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Tickets tickets,
            MailOutbox outbox,
            MailboxStore mailboxes,
            FeedbackAnalyzer analyzer,
            ChannelProperties properties,
            Clock clock) {
        super("mail-inbound", Duration.ZERO, Duration.ofSeconds(1));
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.savepoints = new TransactionTemplate(transactionManager);
        this.savepoints.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.tickets = tickets;
        this.outbox = outbox;
        this.mailboxes = mailboxes;
        this.analyzer = analyzer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Handles every waiting mail; returns how many were handled. */
    public int drain() {
        int handled = 0;
        while (Boolean.TRUE.equals(transactions.execute(status -> handleNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean handleNext() {
        Optional<Waiting> next = jdbc.sql("""
                        select id, mailbox_id, raw, size_bytes, sender from inbound_mail where status = 'RECEIVED'
                         order by received_at, id limit 1 for update skip locked""")
                .query((rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("mailbox_id", UUID.class),
                        rs.getBytes("raw"),
                        rs.getInt("size_bytes"),
                        rs.getString("sender")))
                .optional();
        if (next.isEmpty()) {
            return false;
        }
        Waiting mail = next.get();
        Result result;
        try {
            result = savepoints.execute(status -> handle(mail));
        } catch (RuntimeException e) {
            log.warn("Incoming mail {} could not be processed: {}", mail.id(), e.toString());
            result = Result.failed("ERROR", e.getMessage() == null ? e.toString() : e.getMessage());
        }
        record(mail.id(), result);
        return true;
    }

    private Result handle(Waiting mail) {
        if (mail.size() > properties.mail().maxMessageSize().toBytes()) {
            return Result.failed(
                    "TOO_LARGE",
                    "the mail has " + mail.size() + " bytes, more than helpdesk.channels.mail.max-message-size ("
                            + properties.mail().maxMessageSize().toBytes() + ")");
        }
        ParsedMail parsed;
        try {
            parsed = MailParser.parse(mail.raw());
        } catch (Exception e) {
            return Result.failed("UNREADABLE", "the mail cannot be read: " + e.getMessage());
        }
        Optional<Ticket> thread = thread(parsed);
        if (parsed.automatic() != null) {
            return Result.ignored(
                    parsed.automatic().name(), thread.map(Ticket::id).orElse(null));
        }
        if (parsed.loop() || ours(parsed.sender())) {
            return Result.ignored("LOOP", thread.map(Ticket::id).orElse(null));
        }
        if (parsed.sender() == null || !EmailAddress.isValid(parsed.sender())) {
            return Result.failed("NO_SENDER", "the mail has no sender address to answer");
        }
        if (tooMany(parsed.sender())) {
            return Result.ignored("SENDER_LIMIT", thread.map(Ticket::id).orElse(null));
        }
        Instant now = clock.instant();
        Files files = files(parsed.attachments());
        if (thread.isPresent()) {
            Ticket target = follow(thread.get());
            String outcome = "APPENDED";
            if (target.status() == TicketStatus.CLOSED) {
                ReopenOutcome reopened = tickets.reopen(target.reference(), ACTOR);
                target = reopened.ticket();
                outcome = reopened.followUp() ? "FOLLOW_UP" : "REOPENED";
            } else if (target.status() == TicketStatus.RESOLVED || target.status() == TicketStatus.PENDING) {
                outcome = target.status() == TicketStatus.RESOLVED ? "REOPENED" : "APPENDED";
            }
            tickets.receive(
                    target.reference(),
                    limit(reply(parsed), MessageDraft.BODY_MAX),
                    parsed.html(),
                    files.accepted(),
                    ACTOR);
            noteRefused(target, files.refused());
            outbox.remember(parsed.messageId(), target, now);
            return Result.processed(outcome, target.id());
        }
        Optional<org.helpdesk.channel.Mailbox> box =
                mail.mailboxId() == null ? Optional.empty() : mailboxes.find(mail.mailboxId());
        Ticket opened = tickets.open(
                new TicketDraft(
                        subject(parsed),
                        limit(parsed.text().isBlank() ? subject(parsed) : parsed.text(), TicketDraft.DESCRIPTION_MAX),
                        parsed.sender(),
                        null,
                        parsed.senderName() == null ? null : limit(parsed.senderName(), 200),
                        null,
                        "EMAIL",
                        null,
                        box.map(b -> b.category() == null
                                        ? null
                                        : b.category().id().toString())
                                .orElse(null),
                        null,
                        box.map(b -> b.team() == null ? null : b.team().id().toString())
                                .orElse(null),
                        null,
                        null,
                        language(parsed)),
                parsed.html(),
                files.accepted(),
                ACTOR);
        noteRefused(opened, files.refused());
        outbox.remember(parsed.messageId(), opened, now);
        // The acknowledgement was queued while the ticket opened: make it answer the customer's mail, from the
        // address they wrote to.
        jdbc.sql("""
                        update mail_outbox set in_reply_to = ?, references_ids = ?, sender = coalesce(?, sender)
                         where ticket_id = ? and status = 'PENDING' and in_reply_to is null""")
                .params(
                        parsed.messageId(),
                        parsed.messageId(),
                        box.map(org.helpdesk.channel.Mailbox::address).orElse(null),
                        opened.id().value())
                .update();
        return Result.processed("CREATED", opened.id());
    }

    /** The ticket this mail answers, if any. */
    private Optional<Ticket> thread(ParsedMail parsed) {
        if (!parsed.threadIds().isEmpty()) {
            List<Map.Entry<String, UUID>> known = jdbc.sql(
                            "select message_id, ticket_id from mail_thread where message_id = any(?)")
                    .param(parsed.threadIds().toArray(String[]::new))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                    .list();
            for (String id : parsed.threadIds()) {
                for (Map.Entry<String, UUID> entry : known) {
                    if (entry.getKey().equals(id)) {
                        return tickets.find(new TicketId(entry.getValue()));
                    }
                }
            }
        }
        Matcher m = SUBJECT_TOKEN.matcher(parsed.subject());
        if (m.find() && parsed.sender() != null) {
            try {
                Ticket ticket = tickets.get("HD-" + m.group(1));
                if (ticket.customerEmail().equalsIgnoreCase(parsed.sender())) {
                    return Optional.of(ticket);
                }
            } catch (org.helpdesk.shared.NotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A merged ticket's mail goes to the ticket it was merged into. */
    private Ticket follow(Ticket ticket) {
        Ticket current = ticket;
        for (int hops = 0; hops < 10 && current.links().mergedInto() != null; hops++) {
            current = tickets.get(current.links().mergedInto().reference());
        }
        return current;
    }

    private boolean ours(@Nullable String sender) {
        if (sender == null) {
            return false;
        }
        String address = sender.toLowerCase(Locale.ROOT);
        return address.equalsIgnoreCase(properties.mail().from())
                || mailboxes.addresses().contains(address);
    }

    private boolean tooMany(String sender) {
        Instant since = clock.instant().minus(properties.mail().senderWindow());
        long recent = jdbc.sql("""
                        select count(*) from inbound_mail
                         where lower(sender) = lower(?) and received_at >= ? and status in ('PROCESSED', 'RECEIVED')""")
                .params(sender, Timestamp.from(since))
                .query(Long.class)
                .single();
        // The mail being handled is one of them.
        return recent > properties.mail().senderLimit();
    }

    private @Nullable String language(ParsedMail parsed) {
        Language language = analyzer.detectLanguage(parsed.subject() + "\n" + parsed.text(), AnalysisHint.none());
        return language.isSupported() ? language.code() : null;
    }

    private static String subject(ParsedMail parsed) {
        String subject = parsed.subject().isBlank() ? firstWords(parsed.text()) : parsed.subject();
        return limit(subject.isBlank() ? "(no subject)" : subject, TicketDraft.SUBJECT_MAX);
    }

    private static String firstWords(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 80 ? line : line.substring(0, 80).strip() + "…";
    }

    /** The new part of a reply: the quoted earlier conversation below it is left out (it is in the ticket already). */
    static String reply(ParsedMail parsed) {
        String text = parsed.text();
        List<String> lines = text.lines().toList();
        int cut = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (QUOTE_HEADER.matcher(line).matches() && restIsQuoted(lines, i + 1, line)) {
                cut = i;
                break;
            }
        }
        while (cut > 0
                && (lines.get(cut - 1).startsWith(">") || lines.get(cut - 1).isBlank())) {
            cut--;
        }
        String kept = String.join("\n", lines.subList(0, cut)).strip();
        return kept.isEmpty() ? (text.isBlank() ? parsed.subject() : text) : kept;
    }

    private static boolean restIsQuoted(List<String> lines, int from, String header) {
        if (header.startsWith("-")) {
            return true;
        }
        return lines.subList(from, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .allMatch(l -> l.startsWith(">"));
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 2) + " …";
    }

    private Files files(List<AttachmentUpload> attachments) {
        List<AttachmentUpload> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (AttachmentUpload file : attachments) {
            Optional<String> why = tickets.refusal(file);
            if (why.isEmpty()) {
                accepted.add(file);
            } else {
                refused.add("• " + file.filename() + " (" + file.content().length + " bytes): " + why.get());
            }
        }
        return new Files(accepted, refused);
    }

    /** Agents learn which files of the mail were not kept, and why; the original stays in the mail log. */
    private void noteRefused(Ticket ticket, List<String> refused) {
        if (refused.isEmpty()) {
            return;
        }
        tickets.post(
                ticket.reference(),
                new MessageDraft(
                        "Attachments of the customer's e-mail that were not kept:\n" + String.join("\n", refused),
                        "INTERNAL",
                        "AGENT"),
                List.of(),
                ACTOR);
    }

    private void record(UUID id, Result result) {
        jdbc.sql("""
                        update inbound_mail set status = ?, outcome = ?, error = ?, ticket_id = ?, processed_at = ?,
                                                attempts = attempts + 1
                         where id = ?""")
                .params(
                        result.status(),
                        result.outcome(),
                        result.error(),
                        result.ticket() == null ? null : result.ticket().value(),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
    }

    @Override
    protected void round() {
        drain();
    }

    private record Waiting(
            UUID id,
            @Nullable UUID mailboxId,
            byte[] raw,
            int size,
            @Nullable String sender) {}

    private record Files(List<AttachmentUpload> accepted, List<String> refused) {}

    private record Result(
            String status,
            String outcome,
            @Nullable String error,
            @Nullable TicketId ticket) {
        static Result processed(String outcome, TicketId ticket) {
            return new Result("PROCESSED", outcome, null, ticket);
        }

        static Result ignored(String outcome, @Nullable TicketId ticket) {
            return new Result("IGNORED", outcome, null, ticket);
        }

        static Result failed(String outcome, String error) {
            return new Result("FAILED", outcome, error.length() > 2000 ? error.substring(0, 2000) : error, null);
        }
    }
}
