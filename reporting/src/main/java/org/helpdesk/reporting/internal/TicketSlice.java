package org.helpdesk.reporting.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The tickets of one family whose family time falls in {@code [:from, :to)}, as a subquery over {@code ticket t}
 * with the durations it needs, whether it is in the current period ({@code cur}, from {@code :start}), its trend
 * step ({@code bucket}, a local date in {@code :zone}) and its breakdown group ({@code gkey}, {@code glabel}).
 * Merged tickets are never part of a slice: they are duplicates of the ticket they were merged into.
 */
record TicketSlice(Family family, DimensionSql dimension, Criteria criteria, Collection<String> durations) {

    String sql() {
        String computed = durations.stream()
                .map(name -> family.durations.get(name) + " as " + name + ", ")
                .collect(Collectors.joining());
        boolean business = durations.stream().anyMatch(family::businessTime);
        return "select t.*, " + family.columns + computed
                + "(" + family.time + " >= :start) as cur, "
                + "(date_trunc(:unit, " + family.time + " at time zone :zone))::date as bucket, "
                + dimension.key() + " as gkey, " + dimension.label() + " as glabel"
                + " from ticket t left join sla_policy sp on sp.id = t.sla_policy_id"
                + family.join
                + (business ? BusinessTime.joins(family.precomputedInPeriod()) : "")
                + dimension.join()
                + " where t.merged_into_id is null" + family.condition
                + " and " + family.time + " >= :from and " + family.time + " < :to"
                + criteria.sql();
    }
}
