package org.helpdesk.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One entry of the audit trail as stored, with the hashes that chain it to the entry before. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        Map<String, Object> details,
        String source,
        String prevHash,
        String hash) {}
