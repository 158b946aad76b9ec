package org.helpdesk.reporting.internal;

/**
 * Feedback and survey answers ({@code feedback_item f}) received in {@code [:from, :to)}, with the ticket they are
 * about ({@code t}, if any) for filters, scope and breakdown, as a subquery with the same columns a ticket slice
 * gives the outer query ({@code cur}, {@code bucket}, {@code gkey}, {@code glabel}). Agents see answers about
 * tickets in their scope only; answers without a ticket are seen by those who see everything.
 */
record AnswerSlice(DimensionSql dimension, Criteria criteria) {

    String sql() {
        return "select f.id as feedback_id, f.kind, f.score, f.sentiment_label, f.received_at,"
                + " t.number, coalesce(left(f.comment, 200), '') as subject,"
                + " coalesce(f.kind, upper(f.sentiment_label), 'FEEDBACK') as status, f.received_at as created_at,"
                + " (f.received_at >= :start) as cur,"
                + " (date_trunc(:unit, f.received_at at time zone :zone))::date as bucket, "
                + dimension.key() + " as gkey, " + dimension.label() + " as glabel"
                + " from feedback_item f left join ticket t on t.id = f.ticket_id" + dimension.join()
                + " where f.received_at >= :from and f.received_at < :to" + criteria.sql();
    }

    static AnswerSlice of(org.helpdesk.reporting.ReportQuery query) {
        return new AnswerSlice(
                DimensionSql.of(query.breakdown(), true),
                Criteria.of(query.filter(), query.scope(), Criteria.Columns.FEEDBACK));
    }
}
