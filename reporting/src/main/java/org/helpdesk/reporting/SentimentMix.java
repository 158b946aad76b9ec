package org.helpdesk.reporting;

import java.math.BigDecimal;
import org.helpdesk.reporting.internal.Figures;
import org.jspecify.annotations.Nullable;

/** How many pieces of feedback were negative, neutral and positive; the Sentiment KPI is their shares. */
public record SentimentMix(long negative, long neutral, long positive) {

    public SentimentMix {
        if (negative < 0 || neutral < 0 || positive < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public long total() {
        return negative + neutral + positive;
    }

    /** The Sentiment KPI's headline: % negative, one decimal; null without feedback. */
    public @Nullable BigDecimal negativePercent() {
        return Figures.percent(negative, total());
    }

    public @Nullable BigDecimal neutralPercent() {
        return Figures.percent(neutral, total());
    }

    public @Nullable BigDecimal positivePercent() {
        return Figures.percent(positive, total());
    }
}
