package org.helpdesk.reporting.internal;

/** What is aggregated for a KPI over the tickets of its family; conditions and columns are SQL on {@code t}. */
sealed interface Measure {

    /** {@code numerator} among {@code denominator}, as a percentage. */
    record Ratio(String denominator, String numerator) implements Measure {}

    /** The number of tickets meeting {@code condition}. */
    record Count(String condition) implements Measure {}

    /** Median, mean and p90 of a per-ticket duration in seconds (a column the family computes). */
    record Duration(String column) implements Measure {}

    /**
     * Money per ticket over work-log rows ({@link Family#WORK}): the tickets with work ({@code base}), those whose
     * team has an hourly cost ({@code matching}), the cost of their work and the minutes that could not be costed.
     */
    record Cost() implements Measure {}

    /**
     * Survey answers of one kind, counted per score {@code lowest}–{@code highest}; the KPI is a formula over
     * that distribution ({@link org.helpdesk.reporting.ScoreDistribution}); {@code matchingFrom}–{@code matchingTo}
     * are the scores that count as matching (promoters, satisfied, low effort).
     */
    record Scores(String kind, int lowest, int highest, int matchingFrom, int matchingTo) implements Measure {

        String matching(String alias) {
            return alias + ".kind = '" + kind + "' and " + alias + ".score between " + matchingFrom + " and "
                    + matchingTo;
        }
    }
}
