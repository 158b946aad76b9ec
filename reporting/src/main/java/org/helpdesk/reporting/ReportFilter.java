package org.helpdesk.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketType;

/** Which tickets a report looks at; an empty set means "any". Values within a set are alternatives. */
public record ReportFilter(
        Set<UUID> teams,
        Set<UUID> agents,
        Set<UUID> products,
        Set<UUID> categories,
        Set<String> channels,
        Set<String> languages,
        Set<String> priorities,
        Set<String> types) {

    public ReportFilter {
        teams = Set.copyOf(teams);
        agents = Set.copyOf(agents);
        products = Set.copyOf(products);
        categories = Set.copyOf(categories);
        channels = Set.copyOf(channels);
        languages = Set.copyOf(languages);
        priorities = Set.copyOf(priorities);
        types = Set.copyOf(types);
        List<FieldViolation> violations = new ArrayList<>();
        requireCodes(
                "channel",
                channels,
                Arrays.stream(Channel.values()).map(Enum::name).toList(),
                violations);
        requireCodes(
                "priority",
                priorities,
                Arrays.stream(Priority.values()).map(Enum::name).toList(),
                violations);
        requireCodes(
                "type",
                types,
                Arrays.stream(TicketType.values()).map(Enum::name).toList(),
                violations);
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}")) {
                violations.add(new FieldViolation("language", "invalid_value", "a language code such as en"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static ReportFilter none() {
        return new ReportFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public ReportFilter withTypes(Set<String> value) {
        return new ReportFilter(teams, agents, products, categories, channels, languages, priorities, value);
    }

    public ReportFilter withTeams(Set<UUID> value) {
        return new ReportFilter(value, agents, products, categories, channels, languages, priorities, types);
    }

    public ReportFilter withChannels(Set<String> value) {
        return new ReportFilter(teams, agents, products, categories, value, languages, priorities, types);
    }

    public boolean isEmpty() {
        return teams.isEmpty()
                && agents.isEmpty()
                && products.isEmpty()
                && categories.isEmpty()
                && channels.isEmpty()
                && languages.isEmpty()
                && priorities.isEmpty()
                && types.isEmpty();
    }

    private static void requireCodes(String field, Set<String> values, List<String> allowed, List<FieldViolation> out) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                out.add(new FieldViolation(field, "unknown_value", "must be one of " + allowed));
            }
        }
    }
}
