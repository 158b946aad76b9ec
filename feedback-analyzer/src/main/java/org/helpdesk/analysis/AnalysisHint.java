package org.helpdesk.analysis;

import org.jspecify.annotations.Nullable;

/**
 * What the caller already knows about a text. A known customer language is only a tie-breaker: a
 * text that is clearly in another language is still reported as such.
 *
 * @param customerLanguage the customer's usual language, or {@code null} when unknown
 */
public record AnalysisHint(@Nullable Language customerLanguage) {

    private static final AnalysisHint NONE = new AnalysisHint(null);

    public static AnalysisHint none() {
        return NONE;
    }

    public static AnalysisHint customerLanguage(Language language) {
        return new AnalysisHint(language);
    }
}
