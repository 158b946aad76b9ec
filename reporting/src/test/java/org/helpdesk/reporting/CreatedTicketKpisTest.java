package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** KPIs over the tickets created in the period: volume, % resolved, repeat contacts, complaints, SLA compliance. */
class CreatedTicketKpisTest extends ReportTestSupport {

    @Test
    void emptyPeriodHasZeroCountsAndNoRatesOrDurations() {
        Report report = march();

        assertThat(result(report, Kpi.CREATED_TICKETS).current().value()).isEqualByComparingTo("0");
        KpiResult resolved = result(report, Kpi.RESOLVED_SHARE);
        assertThat(resolved.current().value()).isNull();
        assertThat(resolved.current().base()).isZero();
        assertThat(resolved.change()).isNull();
        assertThat(resolved.status()).isEqualTo(Rag.NONE);
        assertThat(result(report, Kpi.RESOLUTION_TIME).current().value()).isNull();
        assertThat(result(report, Kpi.FIRST_RESPONSE_TIME).current().mean()).isNull();
        assertThat(result(report, Kpi.BACKLOG).current().value()).isEqualByComparingTo("0");
        assertThat(result(report, Kpi.CHURN).current().value()).isNull();
        assertThat(resolved.trend())
                .hasSize(31)
                .allSatisfy(p -> assertThat(p.figure().value()).isNull());
        assertThat(report.backlogAgeing())
                .allSatisfy(b -> assertThat(b.tickets()).isZero());
    }

    @Test
    void resolvedShareCountsTicketsCreatedInThePeriodThatAreNowResolvedOrClosed() {
        long a = desk.ticket("2025-03-02T10:00:00Z")
                .resolved("2025-03-03T10:00:00Z")
                .save();
        desk.ticket("2025-03-05T10:00:00Z")
                .resolved("2025-03-06T10:00:00Z")
                .closed("2025-03-10T10:00:00Z")
                .save();
        desk.ticket("2025-03-07T10:00:00Z")
                .firstResponse("2025-03-07T11:00:00Z")
                .save();
        desk.ticket("2025-03-08T10:00:00Z").status("PENDING").save();
        desk.ticket("2025-02-27T10:00:00Z").resolved("2025-03-01T10:00:00Z").save();
        desk.ticket("2025-03-09T10:00:00Z").mergedInto(idOf(a)).save();
        // 00:30 on 1 March in Sofia, still February in UTC.
        desk.ticket("2025-02-28T22:30:00Z")
                .firstResponse("2025-03-01T08:00:00Z")
                .save();

        Report report = march();

        KpiResult resolved = result(report, Kpi.RESOLVED_SHARE);
        assertThat(resolved.current().base()).isEqualTo(5);
        assertThat(resolved.current().matching()).isEqualTo(2);
        assertThat(resolved.current().value()).isEqualByComparingTo("40.0");
        assertThat(resolved.previous().value()).isEqualByComparingTo("100.0");
        assertThat(resolved.change()).isEqualByComparingTo("-60.0");
        assertThat(resolved.target()).isEqualTo(Target.of(Comparison.GE, "95", "5"));
        assertThat(resolved.status()).isEqualTo(Rag.RED);
        assertThat(result(report, Kpi.CREATED_TICKETS).current().value()).isEqualByComparingTo("5");
        assertThat(result(report, Kpi.CREATED_TICKETS).previous().value()).isEqualByComparingTo("1");

        Report utc =
                run(ReportQuery.of(Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 1), ZoneOffset.UTC)));
        assertThat(result(utc, Kpi.RESOLVED_SHARE).current().value()).isEqualByComparingTo("50.0");
        assertThat(result(utc, Kpi.RESOLVED_SHARE).previous().base()).isEqualTo(2);
    }

    @Test
    void trendStepsFollowTheLocalCalendarAcrossDaylightSaving() {
        desk.ticket("2025-03-29T22:30:00Z").save(); // 30 March 00:30 EET
        desk.ticket("2025-03-30T20:30:00Z").save(); // 30 March 23:30 EEST
        desk.ticket("2025-03-30T21:30:00Z").save(); // 31 March 00:30 EEST
        desk.ticket("2025-03-31T21:30:00Z").save(); // 1 April: outside March

        KpiResult created = result(march(), Kpi.CREATED_TICKETS);

        assertThat(created.trend()).hasSize(31);
        assertThat(point(created, "2025-03-30")).isEqualByComparingTo("2");
        assertThat(point(created, "2025-03-31")).isEqualByComparingTo("1");
        assertThat(created.trend().stream().map(p -> p.figure().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(created.current().value());
    }

    @Test
    void weeklyTrendCountsOnlyThePeriodsDaysOfAWeekThatStartedBefore() {
        desk.ticket("2025-02-26T10:00:00Z").save(); // Wednesday before: same ISO week, previous period
        desk.ticket("2025-03-01T10:00:00Z").save(); // Saturday 1 March

        KpiResult created = result(run(ReportQuery.of(MARCH).withTrend(Granularity.WEEK)), Kpi.CREATED_TICKETS);

        assertThat(created.trend()).extracting(TrendPoint::bucket).first().isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(created.trend()).hasSize(6);
        assertThat(point(created, "2025-02-24")).isEqualByComparingTo("1");
    }

    @Test
    void repeatContactsAndComplaintsAreSharesOfTicketsCreatedInThePeriod() {
        UUID cards = desk.product("Cards");
        UUID loans = desk.product("Loans");
        long earlier = desk.ticket("2025-02-10T10:00:00Z").save();
        desk.ticket("2025-03-02T10:00:00Z").type("COMPLAINT").product(cards).save();
        desk.ticket("2025-03-03T10:00:00Z").type("COMPLAINT").product(cards).save();
        desk.ticket("2025-03-04T10:00:00Z").type("COMPLAINT").product(loans).save();
        desk.ticket("2025-03-05T10:00:00Z")
                .product(cards)
                .repeatOf(idOf(earlier))
                .save();
        desk.ticket("2025-03-06T10:00:00Z").repeatOf(idOf(earlier)).save();
        for (int i = 0; i < 3; i++) {
            desk.ticket("2025-03-1" + i + "T10:00:00Z").save();
        }

        Report report = run(ReportQuery.of(MARCH).by(Dimension.PRODUCT));

        KpiResult repeats = result(report, Kpi.REPEAT_CONTACTS);
        assertThat(repeats.current().value()).isEqualByComparingTo("25.0");
        assertThat(repeats.status()).isEqualTo(Rag.RED);
        KpiResult complaints = result(report, Kpi.COMPLAINTS);
        assertThat(complaints.current().value()).isEqualByComparingTo("37.5");
        assertThat(complaints.breakdown())
                .extracting(GroupFigure::label, g -> g.current().value(), GroupFigure::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, new BigDecimal("0.0"), new BigDecimal("0.0")),
                        org.assertj.core.groups.Tuple.tuple("Cards", new BigDecimal("66.7"), new BigDecimal("66.7")),
                        org.assertj.core.groups.Tuple.tuple("Loans", new BigDecimal("100.0"), new BigDecimal("33.3")));
        assertThat(complaints.breakdown().get(0).previous().base()).isEqualTo(1);
    }

    @Test
    void slaComplianceCountsTicketsUnderAPolicyWhoseOutcomeIsKnown() {
        UUID normal = UUID.fromString("5e1a0000-0000-4000-8000-000000000013");
        desk.ticket("2025-03-02T10:00:00Z")
                .policy(normal)
                .firstResponse("2025-03-02T11:00:00Z")
                .resolved("2025-03-02T12:00:00Z")
                .save();
        desk.ticket("2025-03-03T10:00:00Z")
                .policy(normal)
                .firstResponse("2025-03-03T18:00:00Z")
                .firstResponseBreached()
                .resolved("2025-03-06T10:00:00Z")
                .resolutionBreached()
                .save();
        desk.ticket("2025-03-04T10:00:00Z")
                .policy(normal)
                .firstResponseBreached()
                .save();
        desk.ticket("2025-03-31T20:00:00Z").policy(normal).save();
        desk.ticket("2025-03-05T10:00:00Z")
                .firstResponse("2025-03-05T11:00:00Z")
                .save();

        Report report = run(ReportQuery.of(MARCH).by(Dimension.SLA_POLICY));

        KpiResult firstResponse = result(report, Kpi.SLA_FIRST_RESPONSE);
        assertThat(firstResponse.current().base()).isEqualTo(3);
        assertThat(firstResponse.current().value()).isEqualByComparingTo("33.3");
        KpiResult resolution = result(report, Kpi.SLA_RESOLUTION);
        assertThat(resolution.current().base()).isEqualTo(2);
        assertThat(resolution.current().value()).isEqualByComparingTo("50.0");
        assertThat(firstResponse.breakdown())
                .filteredOn(g -> "Normal".equals(g.label()))
                .singleElement()
                .satisfies(g -> assertThat(g.current().value()).isEqualByComparingTo("33.3"));
    }

    @Test
    void agentsSeeTheirOwnTicketsAndTheirTeamsOnly() {
        UUID alpha = desk.team("Alpha");
        UUID beta = desk.team("Beta");
        UUID anna = desk.agent("anna");
        UUID bob = desk.agent("bob");
        desk.ticket("2025-03-02T10:00:00Z").team(alpha).save();
        desk.ticket("2025-03-02T11:00:00Z").team(beta).assignee(anna).save();
        desk.ticket("2025-03-02T12:00:00Z").team(beta).assignee(bob).save();
        desk.ticket("2025-03-02T13:00:00Z").assignee(anna).save();
        desk.ticket("2025-03-02T14:00:00Z").save();

        Report annas = run(ReportQuery.of(MARCH).withScope(ReportScope.ownAndTeams(anna, java.util.Set.of(alpha))));
        Report everything = run(ReportQuery.of(MARCH).by(Dimension.TEAM));

        assertThat(result(annas, Kpi.CREATED_TICKETS).current().value()).isEqualByComparingTo("3");
        assertThat(result(everything, Kpi.CREATED_TICKETS).breakdown())
                .extracting(GroupFigure::label, g -> g.current().base())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Beta", 2L),
                        org.assertj.core.groups.Tuple.tuple(null, 2L),
                        org.assertj.core.groups.Tuple.tuple("Alpha", 1L));
        Report filtered =
                run(ReportQuery.of(MARCH).withFilter(ReportFilter.none().withTeams(java.util.Set.of(beta))));
        assertThat(result(filtered, Kpi.CREATED_TICKETS).current().value()).isEqualByComparingTo("2");
    }

    private UUID idOf(long number) {
        return desk.jdbc()
                .sql("select id from ticket where number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    private static BigDecimal point(KpiResult result, String day) {
        return result.trend().stream()
                .filter(p -> p.bucket().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow()
                .figure()
                .value();
    }
}
