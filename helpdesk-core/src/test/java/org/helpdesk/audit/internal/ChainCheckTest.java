package org.helpdesk.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    @Test
    void intactChainPassesAndEndsAtItsNewestEntry() {
        List<ChainEntry> chain = chain(5);

        ChainCheck check = walk(chain);

        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isEqualTo(5);
        assertThat(check.lastId()).isEqualTo(5L);
        assertThat(check.lastHash()).isEqualTo(chain.get(4).hash());
    }

    @Test
    void emptyTrailIsIntact() {
        ChainCheck check = walk(List.of());

        assertThat(check.broken()).isEmpty();
        assertThat(check.checked()).isZero();
        assertThat(check.lastId()).isNull();
    }

    @Test
    void changedContentIsReportedAtTheChangedEntry() {
        List<ChainEntry> chain = chain(5);
        ChainEntry third = chain.get(2);
        chain.set(2, EntryHashTest.withDetails(third, Map.of("n", 999)));

        ChainCheck check = walk(chain);

        assertThat(check.broken()).get().extracting(ChainCheck.Break::id).isEqualTo(3L);
        assertThat(check.broken().get().reason()).contains("content");
        assertThat(check.checked()).isEqualTo(3);
    }

    @Test
    void changedEntryWithARecomputedHashIsReportedAtTheEntryAfterIt() {
        List<ChainEntry> chain = chain(5);
        ChainEntry forged = EntryHashTest.withDetails(chain.get(2), Map.of("n", 999));
        chain.set(2, signed(forged));

        ChainCheck check = walk(chain);

        assertThat(check.broken()).get().extracting(ChainCheck.Break::id).isEqualTo(4L);
        assertThat(check.broken().get().reason()).contains("previous hash");
    }

    @Test
    void removedEntryIsReportedAtTheEntryAfterTheGap() {
        List<ChainEntry> chain = chain(5);
        chain.remove(1);

        assertThat(walk(chain).broken()).get().extracting(ChainCheck.Break::id).isEqualTo(3L);
    }

    @Test
    void swappedEntriesAreReported() {
        List<ChainEntry> chain = chain(5);
        ChainEntry second = chain.get(1);
        chain.set(1, chain.get(2));
        chain.set(2, second);

        assertThat(walk(chain).broken()).get().extracting(ChainCheck.Break::id).isEqualTo(3L);
    }

    @Test
    void firstEntryMustStartFromGenesis() {
        List<ChainEntry> chain = chain(3);
        chain.remove(0);

        assertThat(walk(chain).broken()).get().extracting(ChainCheck.Break::id).isEqualTo(2L);
    }

    private static ChainCheck walk(List<ChainEntry> chain) {
        ChainCheck check = new ChainCheck();
        chain.forEach(check::accept);
        return check;
    }

    private static List<ChainEntry> chain(int length) {
        List<ChainEntry> chain = new ArrayList<>();
        String prev = EntryHash.GENESIS;
        for (int id = 1; id <= length; id++) {
            ChainEntry entry = signed(new ChainEntry(
                    id,
                    Instant.parse("2025-03-01T09:30:00Z").plusSeconds(id),
                    "anna.agent",
                    "TICKET_CREATED",
                    "ticket",
                    "HD-" + (1000 + id),
                    CanonicalJson.tree(Map.of("n", id)),
                    "127.0.0.1",
                    prev,
                    ""));
            chain.add(entry);
            prev = entry.hash();
        }
        return chain;
    }

    private static ChainEntry signed(ChainEntry e) {
        return new ChainEntry(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.source(),
                e.prevHash(),
                EntryHash.of(e));
    }
}
