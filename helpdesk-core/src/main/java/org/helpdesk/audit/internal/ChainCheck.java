package org.helpdesk.audit.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks the chain in id order and finds the first entry that does not fit: one whose {@code prevHash} is
 * not the hash of the entry before it (an entry was removed, inserted or reordered), or whose content no
 * longer gives its own hash (it was changed).
 */
public final class ChainCheck {

    /**
     * Where and why the chain is broken.
     *
     * @param problem {@code link_mismatch} (an entry was removed, added or reordered before this one) or
     *     {@code content_mismatch} (this entry was changed)
     */
    public record Break(long id, String problem, String reason) {}

    private String expectedPrev = EntryHash.GENESIS;
    private long checked;
    private @Nullable Long lastId;
    private @Nullable Break broken;

    /** Checks the next entry; once a break is found, further entries are ignored. */
    public Optional<Break> accept(ChainEntry entry) {
        if (broken != null) {
            return Optional.of(broken);
        }
        checked++;
        if (!entry.prevHash().equals(expectedPrev)) {
            broken = new Break(
                    entry.id(),
                    "link_mismatch",
                    lastId == null
                            ? "the first entry does not start the chain"
                            : "its previous hash does not match the hash of entry " + lastId
                                    + " (an entry was removed, added or reordered)");
        } else if (!EntryHash.of(entry).equals(entry.hash())) {
            broken = new Break(
                    entry.id(), "content_mismatch", "its content does not match its hash (the entry was changed)");
        }
        expectedPrev = entry.hash();
        lastId = entry.id();
        return Optional.ofNullable(broken);
    }

    public long checked() {
        return checked;
    }

    public Optional<Break> broken() {
        return Optional.ofNullable(broken);
    }

    /** The last entry checked and its hash, when the chain is intact up to it. */
    public @Nullable Long lastId() {
        return lastId;
    }

    public String lastHash() {
        return expectedPrev;
    }
}
