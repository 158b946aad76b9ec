package org.helpdesk.reporting;

import org.jspecify.annotations.Nullable;

/** Open tickets of one age band at the end of the period: at least {@code fromDays}, less than {@code toDays}. */
public record AgeBucket(String id, int fromDays, @Nullable Integer toDays, long tickets) {}
