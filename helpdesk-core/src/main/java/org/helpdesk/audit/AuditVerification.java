package org.helpdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the whole chain.
 *
 * @param ok every entry is intact and linked to the one before
 * @param entriesChecked how many entries were checked, up to and including the first broken one
 * @param firstBrokenId the id of the first entry that does not fit, when not ok
 * @param problem {@code link_mismatch} (an entry was removed, added or reordered just before it) or
 *     {@code content_mismatch} (it was changed), when not ok
 * @param reason why that entry does not fit, in words, when not ok
 * @param lastId the newest entry checked, when ok and the trail is not empty
 * @param lastHash its hash: writing it down elsewhere lets a later check prove nothing was cut off the end
 * @param verifiedAt when the check finished
 */
public record AuditVerification(
        boolean ok,
        long entriesChecked,
        @Nullable Long firstBrokenId,
        @Nullable String problem,
        @Nullable String reason,
        @Nullable Long lastId,
        @Nullable String lastHash,
        Instant verifiedAt) {}
