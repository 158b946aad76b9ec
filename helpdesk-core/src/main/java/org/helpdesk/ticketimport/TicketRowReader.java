package org.helpdesk.ticketimport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.helpdesk.customer.EmailAddress;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.fileimport.ImportValues;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * Reads rows of a ticket file under a mapping: dates in the organisation's zone, the other helpdesk's status and
 * "responded on time" words, channels by their common names. Looks nothing up; the import does that when storing.
 */
final class TicketRowReader {

    static final int SUBJECT_MAX = 200;
    static final int NAME_MAX = 100;
    static final int EXTERNAL_ID_MAX = 200;
    private static final Set<String> RESOLVED_WORDS =
            Set.of("resolved", "solved", "done", "completed", "complete", "fixed", "answered");
    private static final Set<String> OPEN_WORDS = Set.of(
            "open", "opened", "new", "in progress", "pending", "waiting", "on hold", "reopened", "untimely response");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "on time", "timely", "met");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "late", "untimely", "breached");
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("e-mail", Channel.EMAIL),
            Map.entry("mail", Channel.EMAIL),
            Map.entry("telephone", Channel.PHONE),
            Map.entry("call", Channel.PHONE),
            Map.entry("online", Channel.WEB),
            Map.entry("web form", Channel.WEB),
            Map.entry("web referral", Channel.WEB),
            Map.entry("website", Channel.WEB),
            Map.entry("live chat", Channel.CHAT),
            Map.entry("social media", Channel.SOCIAL),
            Map.entry("in person", Channel.IN_PERSON),
            Map.entry("walk-in", Channel.IN_PERSON));

    private final TicketImportMapping mapping;
    private final ZoneId zone;
    private final Instant now;

    TicketRowReader(TicketImportMapping mapping, ZoneId zone, Instant now) {
        this.mapping = mapping;
        this.zone = zone;
        this.now = now;
    }

    TicketImportRow read(ImportRow row) {
        if (row.unreadable() != null) {
            return TicketImportRow.rejected(row.line(), row.values(), row.unreadable());
        }
        try {
            return readValid(row);
        } catch (Rejected e) {
            return TicketImportRow.rejected(row.line(), row.values(), e.getMessage());
        }
    }

    private TicketImportRow readValid(ImportRow row) {
        String externalId = value(row, mapping.externalId());
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            throw new Rejected("external id is longer than " + EXTERNAL_ID_MAX + " characters");
        }
        Instant created = date(row, mapping.created(), "date opened");
        if (created == null) {
            throw new Rejected("the date the ticket was opened is missing");
        }
        Instant resolved = date(row, mapping.resolved(), "date resolved");
        if (resolved != null && resolved.isBefore(created)) {
            throw new Rejected("resolved before it was opened");
        }
        String description = value(row, mapping.description());
        String product = label(row, mapping.product(), "product");
        String category = label(row, mapping.category(), "category");
        // A record without a subject is still a ticket: its description, category or product says what it is about.
        String subjectText = firstOf(value(row, mapping.subject()), description, category, product);
        if (subjectText == null) {
            throw new Rejected("nothing says what it is about: no subject, description, category or product");
        }
        String email = value(row, mapping.customerEmail());
        if (email != null && !EmailAddress.isValid(email)) {
            throw new Rejected("customer e-mail \"" + ImportValues.quote(email) + "\" is not an e-mail address");
        }
        return new TicketImportRow(
                row.line(),
                externalId != null ? "id:" + externalId : "row:" + hash(row.values()),
                externalId,
                created,
                type(row),
                subject(subjectText),
                description == null ? "" : description,
                email,
                clip(value(row, mapping.customerName()), 200),
                clip(value(row, mapping.customerExternalId()), EXTERNAL_ID_MAX),
                product,
                category,
                channel(row),
                status(row, resolved),
                resolved,
                onTime(row),
                row.values(),
                null);
    }

    private @Nullable Instant date(ImportRow row, @Nullable String column, String what) {
        String text = value(row, column);
        if (text == null) {
            return null;
        }
        Instant date = ImportValues.instant(text, zone);
        if (date == null) {
            throw new Rejected(what + " \"" + ImportValues.quote(text) + "\" is not understood");
        }
        if (date.isAfter(now)) {
            throw new Rejected(what + " \"" + ImportValues.quote(text) + "\" is in the future");
        }
        return date;
    }

    private TicketType type(ImportRow row) {
        String text = value(row, mapping.type());
        if (text == null) {
            return mapping.typeByDefault();
        }
        return TicketType.parse(text)
                .orElseThrow(() -> new Rejected(
                        "type \"" + ImportValues.quote(text) + "\" is not COMPLAINT, QUESTION, REQUEST or INCIDENT"));
    }

    private Channel channel(ImportRow row) {
        String text = value(row, mapping.channel());
        if (text == null) {
            return mapping.channelByDefault();
        }
        String word = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Channel.parse(text.replace(' ', '_'))
                .or(() -> Optional.ofNullable(CHANNELS.get(word)))
                .orElse(mapping.channelByDefault());
    }

    /** "Closed with explanation", "Resolved" and the like are resolved; "In progress", "Open" and the like open. */
    static @Nullable TicketStatus status(@Nullable String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (word.startsWith("closed") || RESOLVED_WORDS.contains(word)) {
            return TicketStatus.RESOLVED;
        }
        if (OPEN_WORDS.contains(word)) {
            return TicketStatus.OPEN;
        }
        return null;
    }

    private TicketStatus status(ImportRow row, @Nullable Instant resolved) {
        String text = value(row, mapping.status());
        if (text == null) {
            return resolved == null ? TicketStatus.OPEN : TicketStatus.RESOLVED;
        }
        TicketStatus status = status(text);
        if (status == null) {
            throw new Rejected("status \"" + ImportValues.quote(text)
                    + "\" is not understood: use e.g. Open, In progress, Resolved or Closed");
        }
        return status;
    }

    private @Nullable Boolean onTime(ImportRow row) {
        String text = value(row, mapping.respondedOnTime());
        if (text == null) {
            return null;
        }
        String word = text.toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (NO.contains(word)) {
            return false;
        }
        throw new Rejected("responded on time \"" + ImportValues.quote(text) + "\" is neither yes nor no");
    }

    private @Nullable String label(ImportRow row, @Nullable String column, String what) {
        String text = value(row, column);
        if (text != null && text.length() > NAME_MAX) {
            throw new Rejected(what + " is longer than " + NAME_MAX + " characters");
        }
        return text;
    }

    private static @Nullable String firstOf(@Nullable String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String subject(String text) {
        String line = text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse(text.strip());
        return clip(line, SUBJECT_MAX);
    }

    private static @Nullable String value(ImportRow row, @Nullable String column) {
        return ImportValues.value(row, column);
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /** The row's values in column order of name: the same row gives the same hash in any file. */
    private static String hash(Map<String, String> values) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(values)
                .forEach((column, value) -> canonical
                        .append(column)
                        .append('\u0000')
                        .append(value.strip())
                        .append('\u0001'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row that cannot become a ticket, with the reason in the message. */
    private static final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }
}
