package org.helpdesk.audit.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code audit_log} exactly as it takes part in the chain. {@code occurredAt} has microsecond
 * precision, as PostgreSQL stores it.
 */
public record ChainEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        @Nullable String targetId,
        JsonNode details,
        String source,
        String prevHash,
        String hash) {}
