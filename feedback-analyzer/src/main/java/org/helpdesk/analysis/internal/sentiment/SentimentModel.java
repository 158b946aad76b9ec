package org.helpdesk.analysis.internal.sentiment;

import org.helpdesk.analysis.Sentiment;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.text.TokenKind;

/** A sentiment classifier of one language: its outcomes are the three labels. */
public final class SentimentModel {

    private final TextClassifier classifier;
    private final SentimentLabel[] labels;
    private final int positive;
    private final int negative;

    public SentimentModel(TextClassifier classifier) {
        this.classifier = classifier;
        int n = classifier.model().outcomeCount();
        this.labels = new SentimentLabel[n];
        int pos = -1;
        int neg = -1;
        for (int i = 0; i < n; i++) {
            labels[i] = SentimentLabel.parse(classifier.model().outcome(i))
                    .orElseThrow(() -> new IllegalArgumentException("Not a sentiment model"));
            pos = labels[i] == SentimentLabel.POSITIVE ? i : pos;
            neg = labels[i] == SentimentLabel.NEGATIVE ? i : neg;
        }
        this.positive = pos;
        this.negative = neg;
    }

    public TextClassifier classifier() {
        return classifier;
    }

    public Sentiment classify(AnalyzedText text, boolean explain) {
        return classify(text, 0, text.size(), explain);
    }

    /** The sentiment of tokens {@code [from, to)}; text without words or emoticons is unknown. */
    public Sentiment classify(AnalyzedText text, int from, int to, boolean explain) {
        if (!hasContent(text, from, to)) {
            return Sentiment.unknown();
        }
        TextClassifier.Prediction p = classifier.predict(text, from, to, explain);
        double[] prob = p.probabilities();
        double score = (positive >= 0 ? prob[positive] : 0) - (negative >= 0 ? prob[negative] : 0);
        return new Sentiment(labels[p.outcome()], round(score), round(prob[p.outcome()]), p.cues());
    }

    /** The label only, for evaluation loops. */
    public SentimentLabel label(AnalyzedText text) {
        if (!hasContent(text, 0, text.size())) {
            return SentimentLabel.NEUTRAL;
        }
        return labels[classifier.predict(text, 0, text.size(), false).outcome()];
    }

    private static boolean hasContent(AnalyzedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            TokenKind k = text.token(i).kind();
            if (k == TokenKind.WORD || k == TokenKind.EMOTICON || k == TokenKind.EMOJI) {
                return true;
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
