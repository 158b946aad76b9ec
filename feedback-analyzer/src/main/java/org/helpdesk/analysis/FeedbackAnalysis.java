package org.helpdesk.analysis;

import java.util.List;

/** Everything the analyzer found in one text. */
public record FeedbackAnalysis(
        Language language, Sentiment sentiment, List<Keyword> keywords, List<ThemeMatch> themes) {

    public FeedbackAnalysis {
        keywords = List.copyOf(keywords);
        themes = List.copyOf(themes);
    }
}
