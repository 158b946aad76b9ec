package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Cost per complaint (work logged × the team's hourly cost ÷ complaints worked on) and wait time (queue entry →
 * pickup of phone and chat contacts), on March 2025 in Sofia: it starts at 2025-02-28T22:00Z and ends at
 * 2025-03-31T21:00Z.
 */
class CostAndWaitKpisTest extends ReportTestSupport {

    @Test
    void costPerComplaintDividesTheCostOfCostedComplaintsByTheirNumber() {
        costFixture();

        KpiResult cost = result(run(weekly()), Kpi.COST_PER_COMPLAINT);

        // Billing complaint: 120 min × 40/h = 80.00; Returns complaint: 45 min × 30/h = 22.50.
        assertThat(cost.current().base()).isEqualTo(4); // four complaints had work logged in March
        assertThat(cost.current().matching()).isEqualTo(2); // two of them on a team with an hourly cost
        assertThat(cost.current().total()).isEqualByComparingTo("102.50");
        assertThat(cost.current().value()).isEqualByComparingTo("51.25");
        assertThat(cost.current().matchingPercent()).isEqualByComparingTo("50.0");
        assertThat(cost.current().uncostedHours()).isEqualByComparingTo("0.75"); // 30 + 15 minutes
        // February: 20 minutes logged at 23:59 on 28 February local time, 20 × 30/h = 10.00.
        assertThat(cost.previous().value()).isEqualByComparingTo("10.00");
        assertThat(cost.change()).isEqualByComparingTo("41.25");
    }

    @Test
    void costPerComplaintTrendCountsAComplaintInEveryStepItWasWorkedOn() {
        costFixture();

        KpiResult cost = result(run(weekly()), Kpi.COST_PER_COMPLAINT);

        Figure firstWeek = point(cost, "2025-03-03").figure(); // 90 min on Billing, 30 and 15 min uncosted
        assertThat(firstWeek.base()).isEqualTo(3);
        assertThat(firstWeek.value()).isEqualByComparingTo("60.00");
        assertThat(firstWeek.uncostedHours()).isEqualByComparingTo("0.75");
        assertThat(point(cost, "2025-03-10").figure().value()).isEqualByComparingTo("20.00"); // 30 min on Billing
        assertThat(point(cost, "2025-03-31").figure().value()).isEqualByComparingTo("22.50"); // 23:30 on 31 March
        assertThat(point(cost, "2025-03-17").figure().value()).isNull();
        assertThat(point(cost, "2025-03-17").figure().base()).isZero();
    }

    @Test
    void costPerComplaintBreaksDownByTheTicketsTeam() {
        Fixture f = costFixture();

        KpiResult cost = result(run(weekly().by(Dimension.TEAM)), Kpi.COST_PER_COMPLAINT);

        assertThat(group(cost, f.billing.toString()).current().value()).isEqualByComparingTo("80.00");
        assertThat(group(cost, f.returns.toString()).current().value()).isEqualByComparingTo("22.50");
        assertThat(group(cost, f.returns.toString()).previous().value()).isEqualByComparingTo("10.00");
        GroupFigure nobody = group(cost, f.uncosted.toString());
        assertThat(nobody.current().value()).isNull();
        assertThat(nobody.current().base()).isEqualTo(1);
        assertThat(nobody.current().uncostedHours()).isEqualByComparingTo("0.50");
        assertThat(group(cost, null).current().base()).isEqualTo(1);
    }

    @Test
    void costPerComplaintDrillsDownToTheComplaintsWithTheirCost() {
        Fixture f = costFixture();
        ReportQuery query = weekly();

        DrillPage all = drill(query, Kpi.COST_PER_COMPLAINT, DrillRequest.Part.ALL);
        DrillPage costed = drill(query, Kpi.COST_PER_COMPLAINT, DrillRequest.Part.MATCHING);
        DrillPage firstWeek = reports()
                .drill(new DrillRequest(
                        query,
                        Kpi.COST_PER_COMPLAINT,
                        false,
                        LocalDate.parse("2025-03-03"),
                        null,
                        DrillRequest.Part.ALL,
                        0,
                        100));

        assertThat(numbers(all))
                .containsExactly(sorted(f.billingComplaint, f.returnsComplaint, f.uncostedComplaint, f.teamless));
        assertThat(numbers(costed)).containsExactly(sorted(f.billingComplaint, f.returnsComplaint));
        assertThat(costed.items().get(0).value()).isEqualByComparingTo("80.00"); // most expensive first
        assertThat(numbers(firstWeek)).containsExactly(sorted(f.billingComplaint, f.uncostedComplaint, f.teamless));
    }

    @Test
    void costPerComplaintOfAPeriodWithoutWorkHasNoValue() {
        UUID team = desk.team("Billing");
        desk.hourlyCost(team, "40");
        desk.ticket("2025-03-03T10:00:00Z").type("COMPLAINT").team(team).save(); // no work logged

        KpiResult cost = result(march(), Kpi.COST_PER_COMPLAINT);

        assertThat(cost.current().value()).isNull();
        assertThat(cost.current().base()).isZero();
        assertThat(cost.current().uncostedHours()).isEqualByComparingTo("0");
        assertThat(cost.change()).isNull();
        assertThat(cost.status()).isEqualTo(Rag.NONE);
    }

    @Test
    void costPerComplaintFollowsTheReadersScope() {
        Fixture f = costFixture();
        ReportQuery returnsOnly = weekly().withScope(ReportScope.ownAndTeams(UUID.randomUUID(), Set.of(f.returns)));

        KpiResult cost = result(run(returnsOnly), Kpi.COST_PER_COMPLAINT);

        assertThat(cost.current().base()).isEqualTo(1);
        assertThat(cost.current().value()).isEqualByComparingTo("22.50");
    }

    @Test
    void waitTimeMeasuresQueueEntryToPickupOfPhoneAndChatContactsQueuedInThePeriod() {
        long phone = desk.ticket("2025-03-05T10:06:00Z")
                .queued("PHONE", "2025-03-05T10:00:00Z", "2025-03-05T10:06:00Z")
                .save(); // 0.1 h
        long chat = desk.ticket("2025-03-31T21:20:00Z")
                .queued("CHAT", "2025-03-31T20:50:00Z", "2025-03-31T21:20:00Z")
                .save(); // 0.5 h: queued at 23:50 on 31 March local time, picked up in April
        long hour = desk.ticket("2025-03-10T09:00:00Z")
                .queued("PHONE", "2025-03-10T08:00:00Z", "2025-03-10T09:00:00Z")
                .save(); // 1 h
        long long4 = desk.ticket("2025-03-12T12:00:00Z")
                .queued("PHONE", "2025-03-12T08:00:00Z", "2025-03-12T12:00:00Z")
                .save(); // 4 h
        desk.ticket("2025-03-13T08:00:00Z")
                .queued("PHONE", "2025-03-13T08:00:00Z", null)
                .save(); // still waiting
        desk.ticket("2025-03-13T08:00:00Z")
                .queued("EMAIL", "2025-03-13T08:00:00Z", "2025-03-13T09:00:00Z")
                .save(); // not a queue channel
        desk.ticket("2025-03-31T21:00:00Z")
                .queued("PHONE", "2025-03-31T21:00:00Z", "2025-03-31T21:30:00Z")
                .save(); // 1 April local time
        desk.ticket("2025-02-28T22:30:00Z")
                .queued("CHAT", "2025-02-28T21:30:00Z", "2025-02-28T22:30:00Z")
                .save(); // queued on 28 February local time: 1 h in February

        Report report = march();
        KpiResult wait = result(report, Kpi.WAIT_TIME);

        assertThat(wait.current().base()).isEqualTo(4);
        assertThat(wait.current().median()).isEqualByComparingTo("0.75"); // (0.5 + 1) / 2
        assertThat(wait.current().mean()).isEqualByComparingTo("1.40"); // 5.6 / 4
        assertThat(wait.current().p90()).isEqualByComparingTo("3.10"); // 1 + 0.7 × 3
        assertThat(wait.previous().value()).isEqualByComparingTo("1.00");
        assertThat(wait.change()).isEqualByComparingTo("-0.25");
        assertThat(numbers(drill(report.query(), Kpi.WAIT_TIME, DrillRequest.Part.ALL)))
                .containsExactly(sorted(phone, chat, hour, long4));
        assertThat(point(wait, "2025-03-31").figure().value()).isEqualByComparingTo("0.50");
    }

    @Test
    void waitTimeOfAPeriodWithoutQueuedContactsHasNoValue() {
        desk.ticket("2025-03-13T08:00:00Z").channel("PHONE").save(); // no queue times recorded

        KpiResult wait = result(march(), Kpi.WAIT_TIME);

        assertThat(wait.current().value()).isNull();
        assertThat(wait.current().base()).isZero();
    }

    private record Fixture(
            UUID billing,
            UUID returns,
            UUID uncosted,
            long billingComplaint,
            long returnsComplaint,
            long uncostedComplaint,
            long teamless) {}

    private Fixture costFixture() {
        UUID billing = desk.team("Billing");
        UUID returns = desk.team("Returns");
        UUID uncosted = desk.team("Nobody knows");
        desk.hourlyCost(billing, "40.00");
        desk.hourlyCost(returns, "30.00");
        long a = desk.ticket("2025-02-20T10:00:00Z")
                .type("COMPLAINT")
                .team(billing)
                .save();
        desk.work(a, 90, "2025-03-03T10:00:00Z");
        desk.work(a, 30, "2025-03-10T10:00:00Z");
        long b = desk.ticket("2025-03-20T10:00:00Z")
                .type("COMPLAINT")
                .team(returns)
                .save();
        desk.work(b, 45, "2025-03-31T20:30:00Z"); // 23:30 on 31 March in Sofia
        long c = desk.ticket("2025-02-20T10:00:00Z")
                .type("COMPLAINT")
                .team(returns)
                .save();
        desk.work(c, 60, "2025-03-31T21:00:00Z"); // midnight: 1 April
        desk.work(c, 20, "2025-02-28T21:59:00Z"); // 23:59 on 28 February
        long d = desk.ticket("2025-03-02T10:00:00Z")
                .type("COMPLAINT")
                .team(uncosted)
                .save();
        desk.work(d, 30, "2025-03-03T12:00:00Z");
        long e = desk.ticket("2025-03-02T11:00:00Z").type("COMPLAINT").save();
        desk.work(e, 15, "2025-03-03T13:00:00Z");
        long question = desk.ticket("2025-03-02T12:00:00Z").team(billing).save();
        desk.work(question, 60, "2025-03-04T10:00:00Z"); // not a complaint
        long duplicate = desk.ticket("2025-03-02T13:00:00Z")
                .type("COMPLAINT")
                .team(billing)
                .mergedInto(desk.idOf(a))
                .save();
        desk.work(duplicate, 10, "2025-03-04T10:00:00Z"); // merged tickets never count
        return new Fixture(billing, returns, uncosted, a, b, d, e);
    }

    private static ReportQuery weekly() {
        return ReportQuery.of(MARCH).withTrend(Granularity.WEEK);
    }

    private static TrendPoint point(KpiResult result, String day) {
        return result.trend().stream()
                .filter(p -> p.bucket().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow();
    }

    private static GroupFigure group(KpiResult result, String key) {
        return result.breakdown().stream()
                .filter(g -> java.util.Objects.equals(g.key(), key))
                .findFirst()
                .orElseThrow();
    }

    private static long[] sorted(long... numbers) {
        return java.util.Arrays.stream(numbers).sorted().toArray();
    }
}
