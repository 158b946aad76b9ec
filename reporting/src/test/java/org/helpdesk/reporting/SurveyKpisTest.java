package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** NPS, CSAT, CES and sentiment over the feedback received in the period (table feedback_item). */
class SurveyKpisTest extends ReportTestSupport {

    @Test
    void npsCsatAndCesFollowTheirFormulas() {
        for (int score : new int[] {10, 9, 9, 8, 6, 3, 0}) {
            desk.answer("NPS", score, "2025-03-10T10:00:00Z", null, null);
        }
        desk.answer("NPS", 10, "2025-02-10T10:00:00Z", null, null);
        for (int score : new int[] {5, 4, 3}) {
            desk.answer("CSAT", score, "2025-03-11T10:00:00Z", null, null);
        }
        desk.answer("CES", 7, "2025-03-12T10:00:00Z", null, null);
        desk.answer("CES", 2, "2025-03-12T11:00:00Z", null, null);

        Report report = march();

        KpiResult nps = result(report, Kpi.NPS);
        assertThat(nps.current().value()).isEqualByComparingTo("0.0"); // (3 − 3) × 100 / 7
        assertThat(nps.current().base()).isEqualTo(7);
        assertThat(nps.current().matching()).isEqualTo(3);
        assertThat(nps.status()).isEqualTo(Rag.AMBER); // "> 0" missed by 0, within 10
        assertThat(nps.previous().value()).isEqualByComparingTo("100.0"); // all promoters
        KpiResult csat = result(report, Kpi.CSAT);
        assertThat(csat.current().value()).isEqualByComparingTo("4.00");
        assertThat(csat.current().matchingPercent()).isEqualByComparingTo("66.7");
        assertThat(csat.status()).isEqualTo(Rag.GREEN);
        KpiResult ces = result(report, Kpi.CES);
        assertThat(ces.current().value()).isEqualByComparingTo("4.50");
        assertThat(ces.current().matchingPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void noSurveysMeansNoValue() {
        desk.feedback("negative", "2025-03-10T10:00:00Z");

        Report report = march();

        assertThat(result(report, Kpi.NPS).current().value()).isNull();
        assertThat(result(report, Kpi.NPS).current().base()).isZero();
        assertThat(result(report, Kpi.NPS).status()).isEqualTo(Rag.NONE);
        assertThat(result(report, Kpi.CSAT).current().value()).isNull();
    }

    @Test
    void sentimentIsTheShareOfNegativeAmongAnalysedFeedback() {
        desk.feedback("negative", "2025-03-10T10:00:00Z");
        desk.feedback("negative", "2025-03-10T11:00:00Z");
        desk.feedback("positive", "2025-03-10T12:00:00Z");
        desk.feedback("neutral", "2025-03-10T13:00:00Z");
        desk.feedback(null, "2025-03-10T14:00:00Z"); // not analysed yet

        Figure sentiment = result(march(), Kpi.SENTIMENT).current();

        assertThat(sentiment.base()).isEqualTo(4);
        assertThat(sentiment.value()).isEqualByComparingTo("50.0");
    }

    @Test
    void answersFollowTheirTicketsScopeAndTheirOwnProduct() {
        UUID anna = desk.agent("anna");
        UUID cards = desk.product("Cards");
        UUID annasTicket =
                desk.idOf(desk.ticket("2025-03-01T10:00:00Z").assignee(anna).save());
        desk.answer("CSAT", 5, "2025-03-10T10:00:00Z", annasTicket, null);
        desk.answer("CSAT", 1, "2025-03-10T11:00:00Z", null, cards);

        Report annas = run(ReportQuery.of(MARCH).withScope(ReportScope.ownAndTeams(anna, Set.of())));
        Report byProduct = run(ReportQuery.of(MARCH).by(Dimension.PRODUCT));

        assertThat(result(annas, Kpi.CSAT).current().value()).isEqualByComparingTo("5.00");
        assertThat(result(byProduct, Kpi.CSAT).breakdown())
                .filteredOn(g -> "Cards".equals(g.label()))
                .singleElement()
                .satisfies(g -> assertThat(g.current().value()).isEqualByComparingTo("1.00"));
        assertThat(result(byProduct, Kpi.CSAT).current().value()).isEqualByComparingTo("3.00");
    }

    @Test
    void drillDownListsTheAnswersBehindAFigure() {
        long ticket = desk.ticket("2025-03-01T10:00:00Z").save();
        for (int score : new int[] {10, 9, 6}) {
            desk.answer("NPS", score, "2025-03-10T10:0" + score % 10 + ":00Z", desk.idOf(ticket), null);
        }

        DrillPage promoters = drill(ReportQuery.of(MARCH), Kpi.NPS, DrillRequest.Part.MATCHING);
        DrillPage all = drill(ReportQuery.of(MARCH), Kpi.NPS, DrillRequest.Part.ALL);

        assertThat(promoters.total()).isEqualTo(2);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(r -> r.value().intValue()).containsExactlyInAnyOrder(10, 9, 6);
        assertThat(all.items()).allSatisfy(r -> assertThat(r.reference()).isEqualTo("HD-" + ticket));
        assertThat(all.items()).extracting(DrillRow::status).containsOnly("NPS");
    }
}
