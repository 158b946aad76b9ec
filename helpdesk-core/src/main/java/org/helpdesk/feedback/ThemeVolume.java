package org.helpdesk.feedback;

/** How much analysed feedback touches one theme, and how it feels (percentages of {@code volume}). */
public record ThemeVolume(
        String theme, long volume, double negativePercent, double neutralPercent, double positivePercent) {}
