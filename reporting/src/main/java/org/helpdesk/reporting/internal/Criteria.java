package org.helpdesk.reporting.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.reporting.ReportFilter;
import org.helpdesk.reporting.ReportScope;

/**
 * The conditions of a report's scope and filters, as SQL with named parameters ({@code s_*}, {@code f_*}). The SQL
 * is built from constants only; every value is a bound parameter.
 */
public record Criteria(String sql, Map<String, Object> params) {

    /** Where each filtered value is read from. */
    record Columns(
            String team,
            String assignee,
            String product,
            String category,
            String channel,
            String language,
            String priority,
            String type) {

        /** The ticket's own columns, on table alias {@code alias}. */
        static Columns ticket(String alias) {
            String t = alias + ".";
            return new Columns(
                    t + "team_id",
                    t + "assignee_id",
                    t + "product_id",
                    t + "category_id",
                    t + "channel",
                    t + "language",
                    t + "priority",
                    t + "type");
        }

        /** Feedback {@code f} about ticket {@code t}: its own product and language first, the rest from the ticket. */
        static final Columns FEEDBACK = new Columns(
                "t.team_id",
                "t.assignee_id",
                "coalesce(f.product_id, t.product_id)",
                "t.category_id",
                "t.channel",
                "coalesce(f.language, t.language)",
                "t.priority",
                "t.type");
    }

    public static Criteria of(ReportFilter filter, ReportScope scope) {
        return of(filter, scope, Columns.ticket("t"));
    }

    /** The same conditions on another alias of the ticket table. */
    public static Criteria of(ReportFilter filter, ReportScope scope, String alias) {
        return of(filter, scope, Columns.ticket(alias));
    }

    static Criteria of(ReportFilter filter, ReportScope scope, Columns c) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        scope(scope, c, sql, params);
        in(c.team(), "f_teams", filter.teams(), sql, params);
        in(c.assignee(), "f_agents", filter.agents(), sql, params);
        in(c.product(), "f_products", filter.products(), sql, params);
        in(c.category(), "f_categories", filter.categories(), sql, params);
        in(c.channel(), "f_channels", filter.channels(), sql, params);
        in(c.language(), "f_languages", filter.languages(), sql, params);
        in(c.priority(), "f_priorities", filter.priorities(), sql, params);
        in(c.type(), "f_types", filter.types(), sql, params);
        return new Criteria(sql.toString(), Map.copyOf(params));
    }

    private static void scope(ReportScope scope, Columns c, StringBuilder sql, Map<String, Object> params) {
        if (scope.everything()) {
            return;
        }
        if (scope.agent() != null && !scope.teams().isEmpty()) {
            sql.append(" and (" + c.assignee() + " = :s_agent or " + c.team() + " in (:s_teams))");
            params.put("s_agent", scope.agent());
            params.put("s_teams", List.copyOf(scope.teams()));
        } else if (scope.agent() != null) {
            sql.append(" and " + c.assignee() + " = :s_agent");
            params.put("s_agent", scope.agent());
        } else if (!scope.teams().isEmpty()) {
            sql.append(" and " + c.team() + " in (:s_teams)");
            params.put("s_teams", List.copyOf(scope.teams()));
        } else {
            sql.append(" and false");
        }
    }

    private static void in(
            String column, String name, Collection<?> values, StringBuilder sql, Map<String, Object> params) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (:").append(name).append(')');
            params.put(name, List.copyOf(values));
        }
    }
}
