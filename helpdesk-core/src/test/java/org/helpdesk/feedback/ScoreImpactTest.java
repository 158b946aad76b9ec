package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The drivers' statistics against examples worked out by hand (docs/feedback.md, "Drivers"). */
class ScoreImpactTest {

    /**
     * With the theme 1, 2, 2, 3, 1, 2: mean 11/6 = 1.833, s² = 17/30; without 4, 5, 5, 4, 3, 5, 4: mean 30/7 = 4.286,
     * s² = 4/7. Variances of the means 17/180 = 0.0944 and 4/49 = 0.0816, standard error √0.1761 = 0.4196; Welch's
     * degrees of freedom 0.1761² ÷ (0.0944²/5 + 0.0816²/6) = 10.71, t(0.975; 10.71) = 2.208. Difference −2.452 ±
     * 2.208 × 0.4196 = −2.452 ± 0.927.
     */
    @Test
    void csatDifferenceHasWelchsInterval() {
        ScoreImpact impact = ScoreImpact.csat(
                ScoreSample.of(SurveyKind.CSAT, 1, 2, 2, 3, 1, 2),
                ScoreSample.of(SurveyKind.CSAT, 4, 5, 5, 4, 3, 5, 4));

        assertThat(impact.withCount()).isEqualTo(6);
        assertThat(impact.withoutCount()).isEqualTo(7);
        assertThat(impact.with()).isEqualTo(1.83);
        assertThat(impact.without()).isEqualTo(4.29);
        assertThat(impact.difference()).isEqualTo(-2.45);
        assertThat(impact.low()).isEqualTo(-3.38);
        assertThat(impact.high()).isEqualTo(-1.53);
        assertThat(impact.effect()).isEqualTo(ScoreImpact.Effect.HURTS);
    }

    @Test
    void overlappingCsatGroupsHaveAnIntervalAroundZero() {
        ScoreImpact impact = ScoreImpact.csat(
                ScoreSample.of(SurveyKind.CSAT, 3, 4, 5, 4, 2), ScoreSample.of(SurveyKind.CSAT, 4, 3, 5, 2, 4, 5));

        assertThat(impact.low()).isNegative();
        assertThat(impact.high()).isPositive();
        assertThat(impact.effect()).isEqualTo(ScoreImpact.Effect.UNCLEAR);
    }

    @Test
    void identicalScoresGiveAnIntervalOfNoWidthRatherThanNaN() {
        ScoreImpact impact = ScoreImpact.csat(
                ScoreSample.of(SurveyKind.CSAT, 2, 2, 2, 2, 2), ScoreSample.of(SurveyKind.CSAT, 5, 5, 5, 5, 5));

        assertThat(impact.difference()).isEqualTo(-3.0);
        assertThat(impact.low()).isEqualTo(-3.0);
        assertThat(impact.high()).isEqualTo(-3.0);
    }

    /**
     * With the theme 0, 3, 6, 6, 9, 10, 7, 5: 2 promoters, 5 detractors of 8, NPS −37.5; coded +1/0/−1 the variance is
     * (0.25 + 0.625) − (0.25 − 0.625)² = 0.734, so Var(NPS) = 100² × 0.734 / 8 = 918.0. Without 9, 10, 10, 9, 8, 7,
     * 10, 6, 9, 10: 7 promoters, 1 detractor of 10, NPS 60; (0.7 + 0.1) − 0.6² = 0.44, Var = 440. Difference −97.5 ±
     * 1.96 × √1358.0 = −97.5 ± 72.2.
     */
    @Test
    void npsDifferenceUsesTheVarianceOfThePromoterCoding() {
        ScoreImpact impact = ScoreImpact.nps(
                ScoreSample.of(SurveyKind.NPS, 0, 3, 6, 6, 9, 10, 7, 5),
                ScoreSample.of(SurveyKind.NPS, 9, 10, 10, 9, 8, 7, 10, 6, 9, 10));

        assertThat(impact.with()).isEqualTo(-37.5);
        assertThat(impact.without()).isEqualTo(60.0);
        assertThat(impact.difference()).isEqualTo(-97.5);
        assertThat(impact.low()).isEqualTo(-169.7);
        assertThat(impact.high()).isEqualTo(-25.3);
        assertThat(impact.effect()).isEqualTo(ScoreImpact.Effect.HURTS);
    }

    @Test
    void withoutIsTheRestOfAllAnswers() {
        ScoreSample all = ScoreSample.of(SurveyKind.NPS, 0, 3, 9, 10, 7, 10);
        ScoreSample with = ScoreSample.of(SurveyKind.NPS, 0, 3, 9);

        assertThat(all.minus(with)).isEqualTo(ScoreSample.of(SurveyKind.NPS, 10, 7, 10));
    }

    @Test
    void fewerThanFiveAnswersOnEitherSideIsNotEnoughData() {
        ScoreSample four = ScoreSample.of(SurveyKind.CSAT, 1, 1, 2, 1);
        ScoreSample five = ScoreSample.of(SurveyKind.CSAT, 1, 1, 2, 1, 2);
        ScoreSample many = ScoreSample.of(SurveyKind.CSAT, 5, 5, 4, 5, 5, 4, 5);

        ScoreImpact tooFewWith = ScoreImpact.csat(four, many);
        assertThat(tooFewWith.enoughData()).isFalse();
        assertThat(tooFewWith.effect()).isEqualTo(ScoreImpact.Effect.NOT_ENOUGH_DATA);
        assertThat(tooFewWith.with()).isEqualTo(1.25);
        assertThat(tooFewWith.difference()).isNull();
        assertThat(tooFewWith.low()).isNull();
        assertThat(ScoreImpact.csat(many, four).enoughData()).isFalse();
        assertThat(ScoreImpact.nps(
                                ScoreSample.of(SurveyKind.NPS, 0, 1, 2, 3),
                                ScoreSample.of(SurveyKind.NPS, 9, 9, 9, 9, 9))
                        .difference())
                .isNull();

        assertThat(ScoreImpact.csat(five, many).enoughData()).isTrue();
    }

    @Test
    void noAnswersAtAllHasNoMeans() {
        ScoreImpact impact = ScoreImpact.csat(ScoreSample.EMPTY, ScoreSample.of(SurveyKind.CSAT, 4, 5));

        assertThat(impact.with()).isNull();
        assertThat(impact.without()).isEqualTo(4.5);
        assertThat(impact.enoughData()).isFalse();
    }

    @Test
    void studentsTQuantilesMatchTheTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062, within(1e-4));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.3027, within(1e-4));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.2281, within(1e-4));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.0423, within(1e-4));
        assertThat(StudentT.quantile(0.975, 7.3)).isCloseTo(2.3451, within(1e-4));
        assertThat(StudentT.quantile(0.975, 1_000_000)).isCloseTo(1.9600, within(1e-4));
    }
}
