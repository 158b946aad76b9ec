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
    SLA_POLICY("sla-policy", null);

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

    public static Optional<Dimension> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
