package org.helpdesk.shared;

import java.util.List;

/**
 * Someone else changed the same thing since the caller read it; nothing has been written. {@code changes}
 * tells the caller what changed in the meantime, so they can look again and decide.
 */
public class ConflictException extends RuntimeException {

    private final long currentVersion;
    private final List<ConcurrentChange> changes;

    public ConflictException(String message, long currentVersion, List<ConcurrentChange> changes) {
        super(message);
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public List<ConcurrentChange> changes() {
        return changes;
    }
}
