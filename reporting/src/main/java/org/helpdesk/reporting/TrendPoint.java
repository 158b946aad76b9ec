package org.helpdesk.reporting;

import java.time.LocalDate;

/** The figure for one step of a trend, starting on local day {@code bucket}. */
public record TrendPoint(LocalDate bucket, Figure figure) {}
