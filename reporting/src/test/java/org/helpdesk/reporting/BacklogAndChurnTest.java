package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The backlog (open tickets at an instant, by age) and churn (last period's customers who did not come back). */
class BacklogAndChurnTest extends ReportTestSupport {

    @Test
    void backlogCountsTicketsOpenAtTheEndOfThePeriodByAge() {
        // March ends at 2025-03-31T21:00Z (midnight in Sofia).
        desk.ticket("2025-03-31T12:00:00Z")
                .firstResponse("2025-03-31T13:00:00Z")
                .save(); // 9 h old
        desk.ticket("2025-03-29T21:00:00Z").status("PENDING").save(); // 2 days
        desk.ticket("2025-03-26T21:00:00Z")
                .firstResponse("2025-03-27T08:00:00Z")
                .save(); // 5 days
        desk.ticket("2025-03-20T21:00:00Z").resolved("2025-04-05T10:00:00Z").save(); // 11 days, resolved later
        desk.ticket("2025-02-01T21:00:00Z").save(); // 58 days, since February
        desk.ticket("2025-03-10T10:00:00Z").resolved("2025-03-15T10:00:00Z").save(); // resolved within March
        desk.ticket("2025-04-02T10:00:00Z").save(); // opened after March
        long target = desk.ticket("2025-03-25T10:00:00Z").save();
        desk.ticket("2025-03-25T11:00:00Z").mergedInto(idOf(target)).save(); // a duplicate

        Report report = march();

        KpiResult backlog = result(report, Kpi.BACKLOG);
        assertThat(backlog.current().value()).isEqualByComparingTo("6"); // the five above and the merge target
        assertThat(backlog.previous().value()).isEqualByComparingTo("1"); // end of February: the February ticket
        assertThat(report.backlogAgeing())
                .extracting(AgeBucket::id, AgeBucket::tickets)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0-1d", 1L),
                        org.assertj.core.groups.Tuple.tuple("1-3d", 1L),
                        org.assertj.core.groups.Tuple.tuple("3-7d", 2L),
                        org.assertj.core.groups.Tuple.tuple("7-30d", 1L),
                        org.assertj.core.groups.Tuple.tuple("30d-plus", 1L));
        // End of 20 March (21:00Z + 1 h): the February ticket and the one opened at 21:00Z.
        assertThat(point(backlog, "2025-03-20")).isEqualByComparingTo("2");
        assertThat(drill(report.query(), Kpi.BACKLOG, DrillRequest.Part.ALL).total())
                .isEqualTo(6);
    }

    @Test
    void backlogCountsAReopenedTicketOnceAndAgreesByTeamAndUnderAFilter() {
        UUID alpha = desk.team("Alpha");
        UUID beta = desk.team("Beta");
        // Reopened: active again, with the resolution of 20 March still recorded.
        desk.ticket("2025-03-10T10:00:00Z")
                .team(alpha)
                .resolved("2025-03-20T10:00:00Z")
                .status("OPEN")
                .save();
        desk.ticket("2025-01-10T10:00:00Z").team(alpha).save(); // active since January
        desk.ticket("2025-03-01T10:00:00Z")
                .team(beta)
                .resolved("2025-04-02T10:00:00Z")
                .save(); // resolved after
        desk.ticket("2025-03-02T10:00:00Z")
                .team(beta)
                .resolved("2025-03-05T10:00:00Z")
                .save(); // resolved within

        Report report = run(ReportQuery.of(MARCH).by(Dimension.TEAM));

        KpiResult backlog = result(report, Kpi.BACKLOG);
        assertThat(backlog.current().value()).isEqualByComparingTo("3");
        assertThat(backlog.breakdown())
                .extracting(GroupFigure::label, g -> g.current().value().intValueExact())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alpha", 2),
                        org.assertj.core.groups.Tuple.tuple("Beta", 1));
        // End of 3 March: the January ticket and both Beta tickets (the reopened one is not created yet).
        assertThat(point(backlog, "2025-03-03")).isEqualByComparingTo("3");
        // End of 12 March: the January, the reopened (active, so open since its creation) and the first Beta ticket.
        assertThat(point(backlog, "2025-03-12")).isEqualByComparingTo("3");
        assertThat(report.backlogAgeing().stream().mapToLong(AgeBucket::tickets).sum())
                .isEqualTo(3);
        Report betaOnly =
                run(ReportQuery.of(MARCH).withFilter(ReportFilter.none().withTeams(java.util.Set.of(beta))));
        assertThat(result(betaOnly, Kpi.BACKLOG).current().value()).isEqualByComparingTo("1");
        assertThat(betaOnly.backlogAgeing().stream()
                        .mapToLong(AgeBucket::tickets)
                        .sum())
                .isEqualTo(1);
    }

    @Test
    void backlogOfAPeriodNotYetOverIsTakenNow() {
        clock = java.time.Clock.fixed(Instant.parse("2025-03-16T12:00:00Z"), ZoneOffset.UTC);
        desk.ticket("2025-02-01T21:00:00Z").save();
        desk.ticket("2025-03-10T10:00:00Z").resolved("2025-03-15T10:00:00Z").save();
        desk.ticket("2025-03-14T10:00:00Z").resolved("2025-03-17T10:00:00Z").save(); // resolved "tomorrow"

        KpiResult backlog = result(march(), Kpi.BACKLOG);

        assertThat(backlog.current().value()).isEqualByComparingTo("2");
        assertThat(point(backlog, "2025-03-20")).isNull(); // has not begun
    }

    @Test
    void churnIsTheShareOfLastPeriodsCustomersWithNoTicketThisPeriod() {
        UUID ann = desk.customer("ann@example.com");
        UUID bob = desk.customer("bob@example.com");
        UUID cat = desk.customer("cat@example.com");
        UUID dan = desk.customer("dan@example.com");
        UUID eve = desk.customer("eve@example.com");
        desk.ticket("2025-01-10T10:00:00Z").customer(bob).save();
        desk.ticket("2025-01-11T10:00:00Z").customer(eve).save();
        desk.ticket("2025-02-10T10:00:00Z").customer(ann).save();
        desk.ticket("2025-02-11T10:00:00Z").customer(bob).save();
        desk.ticket("2025-02-12T10:00:00Z").customer(cat).save();
        long catsLast = desk.ticket("2025-02-13T10:00:00Z").customer(cat).save();
        desk.ticket("2025-03-10T10:00:00Z").customer(ann).save();
        desk.ticket("2025-03-11T10:00:00Z").customer(dan).save();

        Report report = march();

        KpiResult churn = result(report, Kpi.CHURN);
        assertThat(churn.current().base()).isEqualTo(3); // Ann, Bob, Cat in February
        assertThat(churn.current().matching()).isEqualTo(2); // Bob and Cat did not come back
        assertThat(churn.current().value()).isEqualByComparingTo("66.7");
        assertThat(churn.previous().value()).isEqualByComparingTo("50.0"); // of Bob and Eve in January, Eve
        DrillPage churned = drill(report.query(), Kpi.CHURN, DrillRequest.Part.MATCHING);
        assertThat(churned.total()).isEqualTo(2);
        assertThat(churned.items()).extracting(DrillRow::number).contains(catsLast);
    }

    @Test
    void customersMarkedLostInThePeriodChurnOnceWhetherOrNotTheyCameBack() {
        UUID ann = desk.customer("ann@example.com");
        UUID bob = desk.customer("bob@example.com");
        UUID cat = desk.customer("cat@example.com");
        UUID dan = desk.customer("dan@example.com");
        UUID eve = desk.customer("eve@example.com");
        desk.ticket("2025-01-10T10:00:00Z").customer(eve).save();
        long annsLast = desk.ticket("2025-02-10T10:00:00Z").customer(ann).save();
        long bobsLast = desk.ticket("2025-02-11T10:00:00Z").customer(bob).save();
        desk.ticket("2025-02-12T10:00:00Z").customer(cat).save();
        desk.ticket("2025-02-13T10:00:00Z").customer(eve).save();
        desk.ticket("2025-03-10T10:00:00Z").customer(ann).save();
        desk.ticket("2025-03-11T10:00:00Z").customer(cat).save();
        desk.ticket("2025-03-12T10:00:00Z").customer(eve).save();
        desk.lost(ann, "2025-03-15"); // came back, then was lost: churned
        desk.lost(bob, "2025-03-20"); // no ticket and lost: churned once
        desk.lost(cat, "2025-04-01"); // lost the day after March: not in March
        desk.lost(dan, "2025-03-05"); // not a customer of February: not counted at all
        desk.lost(eve, "2025-02-28"); // lost in February: churned in February's figure

        Report report = march();

        KpiResult churn = result(report, Kpi.CHURN);
        assertThat(churn.current().base()).isEqualTo(4); // Ann, Bob, Cat, Eve in February
        assertThat(churn.current().matching()).isEqualTo(2); // Ann and Bob
        assertThat(churn.current().value()).isEqualByComparingTo("50.0");
        assertThat(churn.previous().value()).isEqualByComparingTo("100.0"); // Eve: January's only customer, lost
        DrillPage churned = drill(report.query(), Kpi.CHURN, DrillRequest.Part.MATCHING);
        assertThat(numbers(churned)).containsExactly(annsLast, bobsLast);
        KpiResult byType = result(run(report.query().by(Dimension.TYPE)), Kpi.CHURN);
        assertThat(byType.breakdown().get(0).current().matching()).isEqualTo(2);
    }

    @Test
    void aTrendStepCountsCustomersMarkedLostOnItsDays() {
        UUID fay = desk.customer("fay@example.com");
        UUID gus = desk.customer("gus@example.com");
        desk.ticket("2025-03-14T10:00:00Z").customer(fay).save();
        desk.ticket("2025-03-15T10:00:00Z").customer(fay).save();
        desk.ticket("2025-03-14T11:00:00Z").customer(gus).save();
        desk.ticket("2025-03-15T11:00:00Z").customer(gus).save();
        desk.lost(fay, "2025-03-15");

        KpiResult churn = result(march(), Kpi.CHURN);

        assertThat(point(churn, "2025-03-15")).isEqualByComparingTo("50.0"); // Fay lost that day, Gus came back
        assertThat(point(churn, "2025-03-16")).isEqualByComparingTo("100.0");
    }

    @Test
    void churnTrendComparesEachStepWithTheOneBefore() {
        UUID ann = desk.customer("ann@example.com");
        UUID bob = desk.customer("bob@example.com");
        desk.ticket("2025-03-01T10:00:00Z").customer(ann).save(); // Saturday 1 March
        desk.ticket("2025-03-01T11:00:00Z").customer(bob).save();
        desk.ticket("2025-03-02T10:00:00Z").customer(ann).save();

        KpiResult churn = result(march(), Kpi.CHURN);

        assertThat(point(churn, "2025-03-02")).isEqualByComparingTo("50.0");
        assertThat(point(churn, "2025-03-03")).isEqualByComparingTo("100.0");
        assertThat(point(churn, "2025-03-01")).isNull();
    }

    private UUID idOf(long number) {
        return desk.jdbc()
                .sql("select id from ticket where number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    private static java.math.BigDecimal point(KpiResult result, String day) {
        return result.trend().stream()
                .filter(p -> p.bucket().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow()
                .figure()
                .value();
    }
}
