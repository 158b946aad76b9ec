package org.helpdesk.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hash that chains each audit entry to the one before it:
 *
 * <pre>
 * hash = lowercase hex of SHA-256( UTF-8( prev_hash + canonical(entry) ) )
 * </pre>
 *
 * where {@code prev_hash} is the previous entry's hash (64 zeros for the first entry) and
 * {@code canonical(entry)} is the {@link CanonicalJson canonical JSON} of the object with the members
 * {@code action, actor, details, id, occurredAt, source, targetId, targetType} ({@code targetId} may be
 * {@code null}; {@code occurredAt} is UTC with exactly six decimals, e.g.
 * {@code 2025-03-01T09:30:00.120000Z}).
 */
public final class EntryHash {

    /** The predecessor of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private EntryHash() {}

    /** The hash {@code entry} must carry, given its content and its {@code prevHash}. */
    public static String of(ChainEntry entry) {
        return sha256(entry.prevHash() + canonical(entry));
    }

    /** The canonical text of the entry's content (everything but the two hashes). */
    public static String canonical(ChainEntry entry) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("id", entry.id());
        content.put("occurredAt", timestamp(entry.occurredAt()));
        content.put("actor", entry.actor());
        content.put("action", entry.action());
        content.put("targetType", entry.targetType());
        if (entry.targetId() == null) {
            content.putNull("targetId");
        } else {
            content.put("targetId", entry.targetId());
        }
        content.set("details", entry.details());
        content.put("source", entry.source());
        return CanonicalJson.write(content);
    }

    /** An instant as the hash sees it: UTC, six decimals (the trail stores instants cut to microseconds). */
    public static String timestamp(Instant at) {
        return MICROS.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
