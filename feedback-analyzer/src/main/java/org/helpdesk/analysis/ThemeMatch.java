package org.helpdesk.analysis;

import java.util.List;

/**
 * A theme that a text talks about, with the sentiment of the clauses that mention it.
 *
 * @param theme the theme id from the {@link ThemeTaxonomy} or from a trained theme model
 * @param sentiment the sentiment of the mentioning clauses (aspect sentiment)
 * @param confidence how sure the match is, in [0, 1]; keyword matches without a trained model
 *     report a fixed value
 * @param evidence the words of the text that matched the theme
 */
public record ThemeMatch(String theme, SentimentLabel sentiment, double confidence, List<String> evidence) {

    public ThemeMatch {
        evidence = List.copyOf(evidence);
    }
}
