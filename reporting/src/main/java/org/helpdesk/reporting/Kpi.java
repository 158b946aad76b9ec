package org.helpdesk.reporting;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of customer-service KPIs. Each has a stable id (used in URLs and exports), a message key for
 * its name, a unit, which direction is better, a default target (admins change it, see {@link KpiTargets})
 * and its formula in words. The exact rules, including which tickets belong to a period, are in
 * {@code docs/kpi.md}. KPIs whose data the product does not record yet are listed but not {@link #computed()}.
 */
public enum Kpi {
    CREATED_TICKETS(
            "created-tickets",
            Unit.COUNT,
            Direction.NEUTRAL,
            Source.TICKETS,
            null,
            "tickets created in the period (merged duplicates excluded)"),
    RESOLVED_SHARE(
            "resolved-share",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.TICKETS,
            Target.of(Comparison.GE, "95", "5"),
            "tickets created in the period that are now resolved or closed ÷ tickets created in the period × 100"),
    FIRST_RESPONSE_TIME(
            "first-response-time",
            Unit.HOURS,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "created → first public agent reply, in calendar hours, over tickets first answered in the period;"
                    + " median (also mean and p90)"),
    FIRST_RESPONSE_TIME_BUSINESS(
            "first-response-time-business",
            Unit.HOURS,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "created → first public agent reply, in business hours of the ticket's SLA calendar, over tickets"
                    + " first answered in the period; median (also mean and p90)"),
    RESOLUTION_TIME(
            "resolution-time",
            Unit.HOURS,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            Target.of(Comparison.LE, "24", "6"),
            "created → resolved minus time pending, in calendar hours, over tickets resolved in the period;"
                    + " median (also mean, p90 and % within the target)"),
    RESOLUTION_TIME_BUSINESS(
            "resolution-time-business",
            Unit.HOURS,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "created → resolved minus time pending, in business hours of the ticket's SLA calendar, over tickets"
                    + " resolved in the period; median (also mean, p90 and % within the target)"),
    FIRST_CONTACT_RESOLUTION(
            "first-contact-resolution",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.TICKETS,
            null,
            "tickets resolved in the period with exactly one public agent reply and never reopened ÷ tickets"
                    + " resolved in the period × 100"),
    REOPEN_RATE(
            "reopen-rate",
            Unit.PERCENT,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "tickets resolved in the period that were reopened at least once ÷ tickets resolved in the period × 100"),
    WITHOUT_ESCALATION(
            "without-escalation",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.TICKETS,
            null,
            "(1 − tickets resolved in the period that were escalated to management ÷ tickets resolved in the"
                    + " period) × 100"),
    REPEAT_CONTACTS(
            "repeat-contacts",
            Unit.PERCENT,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            Target.of(Comparison.LT, "5", "2"),
            "tickets created in the period linked as a repeat contact ÷ tickets created in the period × 100"),
    COMPLAINTS(
            "complaints",
            Unit.PERCENT,
            Direction.NEUTRAL,
            Source.TICKETS,
            null,
            "tickets of type complaint created in the period ÷ tickets created in the period × 100; by group,"
                    + " each group's share of all complaints"),
    SLA_FIRST_RESPONSE(
            "sla-first-response",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.TICKETS,
            null,
            "tickets created in the period under an SLA policy whose first response was met ÷ those whose first"
                    + " response was given or became overdue × 100; imported tickets count with the outcome their"
                    + " helpdesk recorded"),
    SLA_RESOLUTION(
            "sla-resolution",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.TICKETS,
            null,
            "tickets created in the period under an SLA policy whose resolution target was met ÷ those resolved"
                    + " or overdue × 100"),
    BACKLOG(
            "backlog",
            Unit.COUNT,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "tickets open at the end of the period (or now, if earlier), by age"),
    CHURN(
            "churn",
            Unit.PERCENT,
            Direction.LOWER_IS_BETTER,
            Source.TICKETS,
            null,
            "customers with tickets in the previous period who have none in this one or were marked lost in it ÷"
                    + " customers with tickets in the previous period × 100"),
    NPS(
            "nps",
            Unit.SCORE,
            Direction.HIGHER_IS_BETTER,
            Source.SURVEYS,
            Target.of(Comparison.GT, "0", "10"),
            "(promoters 9–10 − detractors 0–6) × 100 ÷ NPS answers received in the period; −100 … 100"),
    CSAT(
            "csat",
            Unit.SCORE,
            Direction.HIGHER_IS_BETTER,
            Source.SURVEYS,
            Target.of(Comparison.GE, "4.0", "0.3"),
            "mean of CSAT answers (1–5) received in the period; also % of answers 4 or 5"),
    CES(
            "ces",
            Unit.SCORE,
            Direction.HIGHER_IS_BETTER,
            Source.SURVEYS,
            null,
            "mean of CES answers (1–7, 7 = very easy) received in the period; also % low-effort answers (5–7)"),
    SENTIMENT(
            "sentiment",
            Unit.PERCENT,
            Direction.LOWER_IS_BETTER,
            Source.SURVEYS,
            null,
            "analysed feedback received in the period that is negative ÷ analysed feedback received in the period × 100"),
    SENTIMENT_NEUTRAL(
            "sentiment-neutral",
            Unit.PERCENT,
            Direction.NEUTRAL,
            Source.SURVEYS,
            null,
            "analysed feedback received in the period that is neutral ÷ analysed feedback received in the period × 100"),
    SENTIMENT_POSITIVE(
            "sentiment-positive",
            Unit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            Source.SURVEYS,
            null,
            "analysed feedback received in the period that is positive ÷ analysed feedback received in the period × 100"),
    COST_PER_COMPLAINT(
            "cost-per-complaint",
            Unit.MONEY,
            Direction.LOWER_IS_BETTER,
            Source.WORK_LOG,
            null,
            "work logged in the period on complaints whose team has an hourly cost, in hours × that cost ÷ those"
                    + " complaints; work on complaints without a costed team is left out and reported as uncosted hours"),
    WAIT_TIME(
            "wait-time",
            Unit.HOURS,
            Direction.LOWER_IS_BETTER,
            Source.QUEUE,
            null,
            "phone and chat tickets that entered the queue in the period: queue entry → agent pickup, in hours;"
                    + " median (also mean and p90); tickets without both times are left out");

    /** What a KPI's value is measured in. */
    public enum Unit {
        COUNT,
        PERCENT,
        HOURS,
        SCORE,
        MONEY
    }

    /** Which way is good news; a neutral KPI is context (volume, mix). */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NEUTRAL
    }

    /** Where the data comes from: tickets, feedback and survey answers, agents' work logs, or phone and chat queues. */
    public enum Source {
        TICKETS,
        SURVEYS,
        WORK_LOG,
        QUEUE
    }

    private final String id;
    private final Unit unit;
    private final Direction direction;
    private final Source source;
    private final @Nullable Target defaultTarget;
    private final String formula;

    Kpi(String id, Unit unit, Direction direction, Source source, @Nullable Target defaultTarget, String formula) {
        this.id = id;
        this.unit = unit;
        this.direction = direction;
        this.source = source;
        this.defaultTarget = defaultTarget;
        this.formula = formula;
    }

    public String id() {
        return id;
    }

    /** The message key of the KPI's name, e.g. {@code kpi.resolved-share}. */
    public String nameKey() {
        return "kpi." + id;
    }

    public Unit unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public Source source() {
        return source;
    }

    public @Nullable Target defaultTarget() {
        return defaultTarget;
    }

    public String formula() {
        return formula;
    }

    /** Whether {@link Reports} computes it today (all of them now; kept for KPIs added before their data). */
    public boolean computed() {
        return true;
    }

    /** Whether the value is a duration with median, mean and p90. */
    public boolean isDuration() {
        return unit == Unit.HOURS && computed();
    }

    public static Optional<Kpi> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** By id ({@code resolved-share}) or by name ({@code RESOLVED_SHARE}). */
    public static Optional<Kpi> parse(String value) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(value) || k.name().equals(value))
                .findFirst();
    }
}
