package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The survey formulas, from answer counts (the survey tables do not exist yet; see docs/kpi.md). */
class ScoreDistributionTest {

    @Test
    void npsIsPromotersMinusDetractorsOverAllAnswers() {
        // 0..10: two detractors (3, 6), one passive (8), three promoters (9, 10, 10).
        ScoreDistribution answers = ScoreDistribution.nps(0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 2);

        assertThat(answers.netPromoterScore()).isEqualByComparingTo("16.7"); // (3 − 2) × 100 / 6
    }

    @Test
    void npsOfAllPromotersIs100AndOfAllDetractorsMinus100() {
        assertThat(ScoreDistribution.nps(0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1).netPromoterScore())
                .isEqualByComparingTo("100.0");
        assertThat(ScoreDistribution.nps(1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0).netPromoterScore())
                .isEqualByComparingTo("-100.0");
        assertThat(ScoreDistribution.nps(0, 0, 0, 0, 0, 0, 0, 3, 2, 0, 0).netPromoterScore())
                .isEqualByComparingTo("0.0");
    }

    @Test
    void noSurveysMeansNoValueNotZero() {
        assertThat(ScoreDistribution.nps(new long[11]).netPromoterScore()).isNull();
        assertThat(ScoreDistribution.csat(new long[5]).mean()).isNull();
        assertThat(ScoreDistribution.ces(new long[7]).lowEffortPercent()).isNull();
        assertThat(new SentimentMix(0, 0, 0).negativePercent()).isNull();
    }

    @Test
    void csatIsTheMeanAndTheShareOfFoursAndFives() {
        ScoreDistribution answers = ScoreDistribution.csat(1, 0, 1, 2, 3); // 1, 3, 4, 4, 5, 5, 5

        assertThat(answers.mean()).isEqualByComparingTo("3.86"); // 27 / 7
        assertThat(answers.satisfiedPercent()).isEqualByComparingTo("71.4"); // 5 / 7
    }

    @Test
    void cesIsTheMeanAndTheShareOfLowEffortAnswers() {
        ScoreDistribution answers = ScoreDistribution.ces(0, 1, 0, 1, 0, 1, 1); // 2, 4, 6, 7

        assertThat(answers.mean()).isEqualByComparingTo("4.75");
        assertThat(answers.lowEffortPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void sentimentIsTheShareOfEachTone() {
        SentimentMix mix = new SentimentMix(2, 1, 5);

        assertThat(mix.negativePercent()).isEqualByComparingTo("25.0");
        assertThat(mix.neutralPercent()).isEqualByComparingTo("12.5");
        assertThat(mix.positivePercent()).isEqualByComparingTo("62.5");
    }

    @Test
    void aFormulaRefusesTheWrongScale() {
        assertThatThrownBy(() -> ScoreDistribution.csat(1, 1, 1, 1, 1).netPromoterScore())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ScoreDistribution.of(1, 5, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
