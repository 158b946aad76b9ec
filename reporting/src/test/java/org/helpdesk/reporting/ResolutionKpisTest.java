package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Durations and outcomes: first response time over tickets first answered in the period, the rest over resolved ones. */
class ResolutionKpisTest extends ReportTestSupport {

    @Test
    void firstResponseTimeIsMedianMeanAndP90OfTicketsFirstAnsweredInThePeriod() {
        desk.ticket("2025-03-03T08:00:00Z")
                .firstResponse("2025-03-03T09:00:00Z")
                .save(); // 1 h
        desk.ticket("2025-03-04T08:00:00Z")
                .firstResponse("2025-03-04T10:00:00Z")
                .save(); // 2 h
        desk.ticket("2025-03-05T08:00:00Z")
                .firstResponse("2025-03-05T12:00:00Z")
                .save(); // 4 h
        desk.ticket("2025-02-27T08:00:00Z")
                .firstResponse("2025-03-02T08:00:00Z")
                .save(); // 72 h, opened in February
        desk.ticket("2025-03-30T08:00:00Z").save(); // not answered

        Report report = march();

        Figure calendar = result(report, Kpi.FIRST_RESPONSE_TIME).current();
        assertThat(calendar.base()).isEqualTo(4);
        assertThat(calendar.value()).isEqualByComparingTo("3.00"); // (2 + 4) / 2
        assertThat(calendar.median()).isEqualByComparingTo("3.00");
        assertThat(calendar.mean()).isEqualByComparingTo("19.75"); // 79 / 4
        assertThat(calendar.p90()).isEqualByComparingTo("51.60"); // 4 + 0.7 × (72 − 4)
        assertThat(calendar.matchingPercent()).isNull();
        // Without an SLA policy tickets use the default calendar, which is open around the clock.
        assertThat(result(report, Kpi.FIRST_RESPONSE_TIME_BUSINESS).current()).isEqualTo(calendar);
    }

    @Test
    void resolutionTimeLeavesOutPendingTimeAndCountsTicketsResolvedInThePeriod() {
        desk.ticket("2025-03-10T08:00:00Z").resolved("2025-03-10T18:00:00Z").save(); // 10 h
        desk.ticket("2025-03-11T08:00:00Z")
                .resolved("2025-03-12T20:00:00Z")
                .pendingSeconds(14 * 3600)
                .save(); // 36 − 14
        desk.ticket("2025-03-12T00:00:00Z").resolved("2025-03-14T00:00:00Z").save(); // 48 h
        desk.ticket("2025-02-26T00:00:00Z")
                .resolved("2025-03-01T00:00:00Z")
                .pendingSeconds(6 * 3600)
                .save(); // 72 − 6
        desk.ticket("2025-03-30T00:00:00Z").resolved("2025-04-02T00:00:00Z").save(); // resolved in April

        KpiResult resolution = result(march(), Kpi.RESOLUTION_TIME);

        Figure f = resolution.current();
        assertThat(f.base()).isEqualTo(4);
        assertThat(f.value()).isEqualByComparingTo("35.00"); // (22 + 48) / 2
        assertThat(f.mean()).isEqualByComparingTo("36.50"); // 146 / 4
        assertThat(f.p90()).isEqualByComparingTo("60.60"); // 48 + 0.7 × (66 − 48)
        assertThat(f.matching()).isEqualTo(2); // 10 h and 22 h are within 24 h
        assertThat(f.matchingPercent()).isEqualByComparingTo("50.0");
        assertThat(resolution.status()).isEqualTo(Rag.RED); // 35 h misses ≤ 24 h by more than 6 h
    }

    @Test
    void ticketReopenedTwiceCountsOnceAsReopenedAndIsNotFirstContactResolution() {
        desk.ticket("2025-03-02T08:00:00Z")
                .firstResponse("2025-03-02T09:00:00Z")
                .resolved("2025-03-02T10:00:00Z")
                .save();
        desk.ticket("2025-03-03T08:00:00Z")
                .firstResponse("2025-03-03T09:00:00Z")
                .replies(3)
                .reopened(2)
                .resolved("2025-03-20T10:00:00Z")
                .save();
        desk.ticket("2025-03-04T08:00:00Z")
                .replies(0)
                .resolved("2025-03-04T10:00:00Z")
                .save();
        desk.ticket("2025-03-05T08:00:00Z")
                .firstResponse("2025-03-05T09:00:00Z")
                .escalated()
                .resolved("2025-03-06T10:00:00Z")
                .save();
        desk.ticket("2025-03-06T08:00:00Z")
                .firstResponse("2025-03-06T09:00:00Z")
                .replies(2)
                .resolved("2025-03-07T10:00:00Z")
                .closed("2025-03-14T10:00:00Z")
                .save();
        // Reopened and still being worked: no longer resolved, so in no resolution figure.
        desk.ticket("2025-03-07T08:00:00Z")
                .firstResponse("2025-03-07T09:00:00Z")
                .reopened(1)
                .save();

        Report report = march();

        assertThat(result(report, Kpi.FIRST_CONTACT_RESOLUTION).current())
                .satisfies(f -> assertThat(f.base()).isEqualTo(5))
                .satisfies(f -> assertThat(f.matching()).isEqualTo(2))
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("40.0"));
        assertThat(result(report, Kpi.REOPEN_RATE).current().value()).isEqualByComparingTo("20.0");
        assertThat(result(report, Kpi.WITHOUT_ESCALATION).current().value()).isEqualByComparingTo("80.0");
    }

    @Test
    void ticketResolvedInTheNextPeriodCountsThereNotWhereItWasOpened() {
        desk.ticket("2025-02-20T08:00:00Z")
                .firstResponse("2025-02-20T09:00:00Z")
                .resolved("2025-03-01T08:00:00Z")
                .save();

        Report report = march();

        assertThat(result(report, Kpi.FIRST_CONTACT_RESOLUTION).current().base())
                .isEqualTo(1);
        assertThat(result(report, Kpi.FIRST_CONTACT_RESOLUTION).previous().base())
                .isZero();
        assertThat(result(report, Kpi.FIRST_RESPONSE_TIME).current().base()).isZero();
        assertThat(result(report, Kpi.FIRST_RESPONSE_TIME).previous().base()).isEqualTo(1);
        assertThat(result(report, Kpi.RESOLVED_SHARE).previous().value()).isEqualByComparingTo("100.0");
    }
}
