package org.helpdesk.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The quality manager's view of the themes in a period: per theme its volume and mood, the change against the
 * previous period of the same length, a trend, the words customers use and a few quotes. Percentages have one
 * decimal; biggest themes first.
 */
public record ThemeOverview(
        ThemeFilter filter,
        LocalDate previousFrom,
        LocalDate previousTo,
        ThemeFilter.TrendStep step,
        List<ThemeFigures> themes) {

    public ThemeOverview {
        themes = List.copyOf(themes);
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }

    /**
     * One theme. {@code volumeChange} = volume − previous volume; {@code volumeChangePercent} is that in % of the
     * previous volume and {@code negativeChange} the change of the negative share in percentage points, both null
     * when the theme had no items in the previous period.
     */
    public record ThemeFigures(
            String theme,
            long volume,
            double negativePercent,
            double neutralPercent,
            double positivePercent,
            long previousVolume,
            long volumeChange,
            @Nullable Double volumeChangePercent,
            @Nullable Double previousNegativePercent,
            @Nullable Double negativeChange,
            List<TrendPoint> trend,
            List<ThemeKeyword> keywords,
            List<ThemeQuote> quotes) {

        public ThemeFigures {
            trend = List.copyOf(trend);
            keywords = List.copyOf(keywords);
            quotes = List.copyOf(quotes);
        }
    }

    /** Items of the theme received in the step starting on {@code start} (a local day), and how many were negative. */
    public record TrendPoint(LocalDate start, long volume, long negative) {}

    /** A keyword (in its most frequent written form) and how many of the theme's items contain it. */
    public record ThemeKeyword(String text, long items) {}

    /**
     * A comment that speaks for the theme, with the words that made the analyzer see the theme in it ({@code evidence},
     * as written) to highlight; the text is the customer's, unescaped. {@code ticketNumber} when the item is about a
     * ticket ({@code HD-n}).
     */
    public record ThemeQuote(
            UUID itemId,
            String text,
            boolean shortened,
            List<String> evidence,
            @Nullable String sentiment,
            @Nullable Long ticketNumber) {

        public ThemeQuote {
            evidence = List.copyOf(evidence);
        }
    }
}
