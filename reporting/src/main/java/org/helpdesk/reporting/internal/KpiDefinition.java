package org.helpdesk.reporting.internal;

import org.helpdesk.reporting.Kpi;

/** The SQL meaning of each computed KPI; docs/kpi.md says the same in words. */
record KpiDefinition(Kpi kpi, Family family, Measure measure) {

    static final String ACTIVE = "t.status in ('NEW', 'OPEN', 'PENDING')";

    static KpiDefinition of(Kpi kpi) {
        return switch (kpi) {
            case CREATED_TICKETS -> new KpiDefinition(kpi, Family.CREATED, new Measure.Count("true"));
            case RESOLVED_SHARE -> ratio(kpi, Family.CREATED, "true", "t.status in ('RESOLVED', 'CLOSED')");
            case REPEAT_CONTACTS -> ratio(kpi, Family.CREATED, "true", "t.repeat_of_id is not null");
            case COMPLAINTS -> ratio(kpi, Family.CREATED, "true", "t.type = 'COMPLAINT'");
            case SLA_FIRST_RESPONSE ->
                ratio(
                        kpi,
                        Family.CREATED,
                        // An imported ticket counts with the outcome its helpdesk recorded (V59), its time unknown.
                        "t.imported_first_response_met is not null or (t.sla_policy_id is not null"
                                + " and (t.first_response_at is not null or t.first_response_breached))",
                        "not t.first_response_breached");
            case SLA_RESOLUTION ->
                ratio(
                        kpi,
                        Family.CREATED,
                        "t.sla_policy_id is not null and (t.resolved_at is not null or t.resolution_breached)",
                        "not t.resolution_breached");
            case FIRST_RESPONSE_TIME -> duration(kpi, Family.FIRST_RESPONSE, "frt_secs");
            case FIRST_RESPONSE_TIME_BUSINESS -> duration(kpi, Family.FIRST_RESPONSE, "frt_business_secs");
            case RESOLUTION_TIME -> duration(kpi, Family.RESOLVED, "res_secs");
            case RESOLUTION_TIME_BUSINESS -> duration(kpi, Family.RESOLVED, "res_business_secs");
            case FIRST_CONTACT_RESOLUTION -> ratio(kpi, Family.RESOLVED, "true", "t.first_contact_resolution");
            case REOPEN_RATE -> ratio(kpi, Family.RESOLVED, "true", "t.reopen_count > 0");
            case WITHOUT_ESCALATION -> ratio(kpi, Family.RESOLVED, "true", "not t.escalated");
            case BACKLOG -> new KpiDefinition(kpi, Family.BACKLOG, new Measure.Count(ACTIVE));
            case CHURN -> ratio(kpi, Family.CHURN, "true", "churned");
            case NPS -> new KpiDefinition(kpi, Family.ANSWERS, new Measure.Scores("NPS", 0, 10, 9, 10));
            case CSAT -> new KpiDefinition(kpi, Family.ANSWERS, new Measure.Scores("CSAT", 1, 5, 4, 5));
            case CES -> new KpiDefinition(kpi, Family.ANSWERS, new Measure.Scores("CES", 1, 7, 5, 7));
            case SENTIMENT -> sentiment(kpi, "negative");
            case SENTIMENT_NEUTRAL -> sentiment(kpi, "neutral");
            case SENTIMENT_POSITIVE -> sentiment(kpi, "positive");
            case COST_PER_COMPLAINT -> new KpiDefinition(kpi, Family.WORK, new Measure.Cost());
            case WAIT_TIME -> duration(kpi, Family.QUEUED, "wait_secs");
        };
    }

    /** The prefix of this KPI's columns in a family query. */
    String alias() {
        return "k" + kpi.ordinal() + "_";
    }

    private static KpiDefinition ratio(Kpi kpi, Family family, String denominator, String numerator) {
        return new KpiDefinition(kpi, family, new Measure.Ratio(denominator, numerator));
    }

    /** The share of analysed feedback with one sentiment label; the three shares add up to 100 (give or take rounding). */
    private static KpiDefinition sentiment(Kpi kpi, String label) {
        return ratio(kpi, Family.ANSWERS, "t.sentiment_label is not null", "t.sentiment_label = '" + label + "'");
    }

    private static KpiDefinition duration(Kpi kpi, Family family, String column) {
        return new KpiDefinition(kpi, family, new Measure.Duration(column));
    }
}
