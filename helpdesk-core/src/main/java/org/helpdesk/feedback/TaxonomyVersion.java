package org.helpdesk.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A saved version of the theme taxonomy: who saved it, when, why, and how many themes it has. */
public record TaxonomyVersion(
        int version,
        String changedBy,
        Instant changedAt,
        @Nullable String note,
        int themes) {}
