package org.helpdesk.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EntryHashTest {

    static final ChainEntry ENTRY = new ChainEntry(
            42,
            Instant.parse("2025-03-01T09:30:00.120000Z"),
            "olga.auditor",
            "SEARCH",
            "ticket",
            null,
            CanonicalJson.tree(Map.of("q", "refund", "page", 0)),
            "203.0.113.7",
            EntryHash.GENESIS,
            "");

    @Test
    void canonicalFormIsTheDocumentedOne() {
        assertThat(EntryHash.canonical(ENTRY))
                .isEqualTo(
                        "{\"action\":\"SEARCH\",\"actor\":\"olga.auditor\",\"details\":{\"page\":0,\"q\":\"refund\"},"
                                + "\"id\":42,\"occurredAt\":\"2025-03-01T09:30:00.120000Z\",\"source\":\"203.0.113.7\","
                                + "\"targetId\":null,\"targetType\":\"ticket\"}");
    }

    @Test
    void hashIsSha256OfThePreviousHashFollowedByTheCanonicalForm() {
        // Computed independently: printf '%s%s' "$prev" "$canonical" | sha256sum (see docs/operations.md)
        assertThat(EntryHash.of(ENTRY)).isEqualTo("7e49c6ad30170e2c3459e11b9a5ab627c818178c8e625ffbc731d6940c5f6a39");
    }

    @Test
    void detailsInAnotherKeyOrderGiveTheSameHash() {
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("page", 0);
        reordered.put("q", "refund");

        assertThat(EntryHash.of(withDetails(ENTRY, reordered))).isEqualTo(EntryHash.of(ENTRY));
        assertThat(EntryHash.of(withDetails(ENTRY, Map.of("q", "refund", "page", 0))))
                .isEqualTo(EntryHash.of(ENTRY));
    }

    @Test
    void timestampsAreWrittenWithExactlySixDecimalsInUtc() {
        assertThat(EntryHash.timestamp(Instant.parse("2025-03-01T09:30:00Z"))).isEqualTo("2025-03-01T09:30:00.000000Z");
        assertThat(EntryHash.timestamp(Instant.parse("2025-03-01T09:30:00.123456789Z")))
                .isEqualTo("2025-03-01T09:30:00.123456Z");
    }

    static List<UnaryOperator<ChainEntry>> changes() {
        return List.of(
                e -> new ChainEntry(
                        43,
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt().plusNanos(1000),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        "anna.agent",
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        "EXPORT",
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        "user",
                        e.targetId(),
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        "",
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        "null",
                        e.details(),
                        e.source(),
                        e.prevHash(),
                        e.hash()),
                e -> withDetails(e, Map.of("q", "refund ", "page", 0)),
                e -> withDetails(e, Map.of("q", "refund", "page", 1)),
                e -> withDetails(e, Map.of("q", "refund", "page", "0")),
                e -> withDetails(e, Map.of("q", "refund")),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        "203.0.113.8",
                        e.prevHash(),
                        e.hash()),
                e -> new ChainEntry(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.action(),
                        e.targetType(),
                        e.targetId(),
                        e.details(),
                        e.source(),
                        "1" + e.prevHash().substring(1),
                        e.hash()));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void anyChangedFieldChangesTheHash(UnaryOperator<ChainEntry> change) {
        assertThat(EntryHash.of(change.apply(ENTRY))).isNotEqualTo(EntryHash.of(ENTRY));
    }

    static ChainEntry withDetails(ChainEntry e, Map<String, ?> details) {
        return new ChainEntry(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.targetType(),
                e.targetId(),
                CanonicalJson.tree(details),
                e.source(),
                e.prevHash(),
                e.hash());
    }
}
