package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.analysis.SentimentLabel;
import org.junit.jupiter.api.Test;

class SurveyKindTest {

    @Test
    void npsDetractorsAreNegativePassivesNeutralPromotersPositive() {
        assertThat(SurveyKind.NPS.weakLabel(0)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyKind.NPS.weakLabel(6)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyKind.NPS.weakLabel(7)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyKind.NPS.weakLabel(8)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyKind.NPS.weakLabel(9)).contains(SentimentLabel.POSITIVE);
        assertThat(SurveyKind.NPS.weakLabel(10)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void csatOneAndTwoAreNegativeThreeNeutralFourAndFivePositive() {
        assertThat(SurveyKind.CSAT.weakLabel(1)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyKind.CSAT.weakLabel(2)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyKind.CSAT.weakLabel(3)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyKind.CSAT.weakLabel(4)).contains(SentimentLabel.POSITIVE);
        assertThat(SurveyKind.CSAT.weakLabel(5)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void cesUpToThreeIsNegativeFourNeutralFromFivePositive() {
        assertThat(SurveyKind.CES.weakLabel(3)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyKind.CES.weakLabel(4)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyKind.CES.weakLabel(5)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void aScoreOffTheScaleSuggestsNothing() {
        assertThat(SurveyKind.CSAT.weakLabel(0)).isEmpty();
        assertThat(SurveyKind.CSAT.weakLabel(6)).isEmpty();
        assertThat(SurveyKind.NPS.weakLabel(11)).isEmpty();
        assertThat(SurveyKind.CES.weakLabel(8)).isEmpty();
    }
}
