package org.helpdesk.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change made by someone else since the caller's version: which field, from what, to what, by whom, when. */
public record ConcurrentChange(
        String field, @Nullable String oldValue, @Nullable String newValue, String actor, Instant at) {}
