package org.helpdesk.reporting;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a report can be broken down by. Groups of named things (team, agent, product, category, SLA policy)
 * carry the name as label; coded ones (channel, language, priority, type) carry the code, which pages
 * translate with {@link #codeMessagePrefix()}.
 */
public enum Dimension {
    TEAM("team", null),
    AGENT("agent", null),
    PRODUCT("product", null),
    CATEGORY("category", null),
    CHANNEL("channel", "channel."),
    LANGUAGE("language", "language."),
    PRIORITY("priority", "priority."),
    TYPE("type", "type."),
    SLA_POLICY("sla-policy", null),
    /**
     * The feedback's themes (a quality manager's correction, else the analyzer's): only feedback KPIs break down by
     * it, and an item counts once in each of its themes, so the groups may add up to more than the whole.
     */
    THEME("theme", "theme.");

    private final String id;
    private final @Nullable String codeMessagePrefix;

    Dimension(String id, @Nullable String codeMessagePrefix) {
        this.id = id;
        this.codeMessagePrefix = codeMessagePrefix;
    }

    public String id() {
        return id;
    }

    public String nameKey() {
        return "report.dimension." + id;
    }

    /** For coded groups, the prefix of the message that names a code, e.g. {@code channel.} + {@code EMAIL}. */
    public @Nullable String codeMessagePrefix() {
        return codeMessagePrefix;
    }

    /** A group's name for people: its label, the translated code, or "none" for tickets without a value. */
    public String groupName(GroupFigure group, ReportLabels labels) {
        if (group.key() == null) {
            return labels.text("report.group.none");
        }
        if (group.label() != null) {
            return group.label();
        }
        return codeMessagePrefix == null ? group.key() : labels.text(codeMessagePrefix + group.key());
    }

    /** Whether only feedback and survey KPIs have groups by this dimension (tickets have no themes). */
    public boolean feedbackOnly() {
        return this == THEME;
    }

    /** Whether one item may belong to several groups (its themes), so groups are counted in a query of their own. */
    public boolean multiValued() {
        return this == THEME;
    }

    /** Whether a KPI from {@code source} has groups by this dimension. */
    public boolean appliesTo(Kpi.Source source) {
        return !feedbackOnly() || source == Kpi.Source.SURVEYS;
    }

    public static Optional<Dimension> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
