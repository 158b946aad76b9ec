package org.helpdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyScaleTest {

    @Test
    void npsDetractorsPassivesAndPromoters() {
        assertThat(SurveyScale.NPS.weakLabel(0)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyScale.NPS.weakLabel(6)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyScale.NPS.weakLabel(7)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyScale.NPS.weakLabel(8)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyScale.NPS.weakLabel(9)).contains(SentimentLabel.POSITIVE);
        assertThat(SurveyScale.NPS.weakLabel(10)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void csatLowMiddleAndHighAnswers() {
        assertThat(SurveyScale.CSAT.weakLabel(2)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyScale.CSAT.weakLabel(3)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyScale.CSAT.weakLabel(4)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void cesSevenIsVeryEasy() {
        assertThat(SurveyScale.CES.weakLabel(1)).contains(SentimentLabel.NEGATIVE);
        assertThat(SurveyScale.CES.weakLabel(4)).contains(SentimentLabel.NEUTRAL);
        assertThat(SurveyScale.CES.weakLabel(7)).contains(SentimentLabel.POSITIVE);
    }

    @Test
    void scoresOutsideTheScaleGiveNoLabel() {
        assertThat(SurveyScale.NPS.weakLabel(11)).isEmpty();
        assertThat(SurveyScale.CSAT.weakLabel(0)).isEmpty();
        assertThat(SurveyScale.CES.weakLabel(Double.NaN)).isEmpty();
    }

    @Test
    void sentimentLabelsAreReadAsDataSetsWriteThem() {
        assertThat(SentimentLabel.parse(" Positive ")).contains(SentimentLabel.POSITIVE);
        assertThat(SentimentLabel.parse("-1")).contains(SentimentLabel.NEGATIVE);
        assertThat(SentimentLabel.parse("mixed")).isEmpty();
    }
}
