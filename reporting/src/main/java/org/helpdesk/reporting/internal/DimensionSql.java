package org.helpdesk.reporting.internal;

import org.helpdesk.reporting.Dimension;
import org.jspecify.annotations.Nullable;

/** How a breakdown dimension reads from ticket {@code t}: the join for its name, its key and its label. */
record DimensionSql(String join, String key, String label) {

    static final DimensionSql NONE = new DimensionSql("", "null::text", "null::text");

    /**
     * Feedback {@code f} once per distinct theme of its effective themes (the corrected ones when set); an item
     * without themes once, with no theme.
     */
    static final DimensionSql THEMES = new DimensionSql(
            " left join lateral (select distinct e ->> 'theme' as theme from jsonb_array_elements(case when"
                    + " jsonb_typeof(coalesce(f.corrected_themes, f.themes)) = 'array' then coalesce(f.corrected_themes,"
                    + " f.themes) else '[]'::jsonb end) e) dim on true",
            "dim.theme",
            "null::text");

    static DimensionSql of(@Nullable Dimension dimension) {
        return of(dimension, false);
    }

    /** For feedback {@code f} about ticket {@code t}: product and language are the feedback's own first. */
    static DimensionSql of(@Nullable Dimension dimension, boolean feedback) {
        if (dimension == null) {
            return NONE;
        }
        if (feedback && dimension == Dimension.PRODUCT) {
            return named("product", "coalesce(f.product_id, t.product_id)", "dim.name");
        }
        if (feedback && dimension == Dimension.LANGUAGE) {
            return coded("coalesce(f.language, t.language)");
        }
        if (feedback && dimension == Dimension.THEME) {
            return THEMES;
        }
        return switch (dimension) {
            case TEAM -> named("team", "t.team_id", "dim.name");
            case AGENT -> named("user_account", "t.assignee_id", "dim.display_name");
            case PRODUCT -> named("product", "t.product_id", "dim.name");
            case CATEGORY -> named("category", "t.category_id", "dim.name");
            case SLA_POLICY -> named("sla_policy", "t.sla_policy_id", "dim.name");
            case CHANNEL -> coded("t.channel");
            case LANGUAGE -> coded("t.language");
            case PRIORITY -> coded("t.priority");
            case TYPE -> coded("t.type");
            case THEME -> NONE; // tickets have no themes; queries leave ticket KPIs without groups by theme
        };
    }

    private static DimensionSql named(String table, String column, String label) {
        return new DimensionSql(
                " left join " + table + " dim on dim.id = " + column, "(" + column + ")::text", label + "::text");
    }

    private static DimensionSql coded(String column) {
        return new DimensionSql("", "(" + column + ")::text", "null::text");
    }
}
