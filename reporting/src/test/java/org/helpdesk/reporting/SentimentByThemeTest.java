package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sentiment mix (negative, neutral, positive shares) and its breakdown by theme: an item counts once in each of
 * its effective themes (a quality manager's correction, else the analyzer's) and once in the totals.
 */
class SentimentByThemeTest extends ReportTestSupport {

    private final ReportQuery byTheme = ReportQuery.of(MARCH).by(Dimension.THEME);

    @BeforeEach
    void feedback() {
        desk.feedback("negative", "2025-03-03T10:00:00Z", List.of("delivery", "price_fees"), null);
        desk.feedback("negative", "2025-03-04T10:00:00Z", List.of("delivery"), null);
        // the analyzer said delivery; a quality manager corrected it to staff attitude
        desk.feedback("positive", "2025-03-05T10:00:00Z", List.of("delivery"), List.of("staff_attitude"));
        desk.feedback("neutral", "2025-03-06T10:00:00Z", List.of(), null);
        desk.feedback("positive", "2025-03-07T10:00:00Z", List.of("price_fees"), null);
        desk.feedback(null, "2025-03-08T10:00:00Z"); // not analysed: in no share
        desk.feedback("negative", "2025-02-10T10:00:00Z", List.of("delivery"), null);
    }

    @Test
    void negativeNeutralAndPositiveSharesOfAnalysedFeedback() {
        Report report = march();

        assertThat(result(report, Kpi.SENTIMENT).current().value()).isEqualByComparingTo("40.0"); // 2 of 5
        assertThat(result(report, Kpi.SENTIMENT_NEUTRAL).current().value()).isEqualByComparingTo("20.0"); // 1 of 5
        assertThat(result(report, Kpi.SENTIMENT_POSITIVE).current().value()).isEqualByComparingTo("40.0"); // 2 of 5
        assertThat(result(report, Kpi.SENTIMENT_POSITIVE).current().base()).isEqualTo(5);
        assertThat(result(report, Kpi.SENTIMENT_POSITIVE).previous().value()).isEqualByComparingTo("0.0");
    }

    @Test
    void byThemeAnItemCountsOnceInEachOfItsThemesAndOnceInTheTotal() {
        Report report = run(byTheme);

        KpiResult negative = result(report, Kpi.SENTIMENT);
        assertThat(negative.current().base()).isEqualTo(5);
        assertThat(negative.current().value()).isEqualByComparingTo("40.0");
        assertThat(group(negative, "delivery").current().base()).isEqualTo(2); // the corrected item is not here
        assertThat(group(negative, "delivery").current().value()).isEqualByComparingTo("100.0");
        assertThat(group(negative, "delivery").previous().value()).isEqualByComparingTo("100.0");
        assertThat(group(negative, "price_fees").current().value()).isEqualByComparingTo("50.0");
        assertThat(group(negative, "staff_attitude").current().value()).isEqualByComparingTo("0.0");
        assertThat(group(negative, null).current().base()).isEqualTo(1); // the neutral item without a theme
        assertThat(negative.breakdown()).extracting(g -> g.current().base()).containsExactly(2L, 2L, 1L, 1L);
        assertThat(negative.trend()).extracting(p -> p.figure().base()).containsOnly(0L, 1L);

        KpiResult positive = result(report, Kpi.SENTIMENT_POSITIVE);
        assertThat(group(positive, "staff_attitude").current().value()).isEqualByComparingTo("100.0");
        assertThat(group(positive, "price_fees").current().value()).isEqualByComparingTo("50.0");
        KpiResult neutral = result(report, Kpi.SENTIMENT_NEUTRAL);
        assertThat(group(neutral, null).current().value()).isEqualByComparingTo("100.0");
    }

    @Test
    void ticketKpisHaveNoGroupsByTheme() {
        desk.ticket("2025-03-03T10:00:00Z").save();

        Report report = run(byTheme);

        assertThat(result(report, Kpi.CREATED_TICKETS).current().base()).isEqualTo(1);
        assertThat(result(report, Kpi.CREATED_TICKETS).breakdown()).isEmpty();
        assertThat(result(report, Kpi.BACKLOG).breakdown()).isEmpty();
        assertThatThrownBy(() -> new DrillRequest(
                        byTheme, Kpi.CREATED_TICKETS, false, null, "delivery", DrillRequest.Part.ALL, 0, 10))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void drillDownByThemeListsTheItemsOfThatTheme() {
        assertThat(drill(Kpi.SENTIMENT, "delivery", DrillRequest.Part.ALL).total())
                .isEqualTo(2);
        assertThat(drill(Kpi.SENTIMENT, "price_fees", DrillRequest.Part.MATCHING)
                        .total())
                .isEqualTo(1);
        assertThat(drill(Kpi.SENTIMENT_POSITIVE, "staff_attitude", DrillRequest.Part.MATCHING)
                        .items())
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo("POSITIVE"));
        assertThat(drill(Kpi.SENTIMENT_NEUTRAL, DrillRequest.NO_GROUP, DrillRequest.Part.MATCHING)
                        .total())
                .isEqualTo(1);
        // without a group, every analysed item once
        assertThat(drill(Kpi.SENTIMENT, null, DrillRequest.Part.ALL).total()).isEqualTo(5);
    }

    private DrillPage drill(Kpi kpi, String group, DrillRequest.Part part) {
        return reports().drill(new DrillRequest(byTheme, kpi, false, null, group, part, 0, 100));
    }

    private static GroupFigure group(KpiResult result, String key) {
        return result.breakdown().stream()
                .filter(g -> java.util.Objects.equals(g.key(), key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + key + " in " + result.breakdown()));
    }
}
