package org.helpdesk.search;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a search is narrowed to: a creation-date range ({@code createdFrom} inclusive, {@code createdTo}
 * exclusive) and, per facet, the values a ticket must have one of (values of different facets must all hold).
 */
public record TicketFilter(
        @Nullable Instant createdFrom, @Nullable Instant createdTo, Map<Facet, Set<String>> selected) {

    public static final int MAX_VALUES = 50;
    public static final TicketFilter NONE = new TicketFilter(null, null, Map.of());

    public TicketFilter {
        if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
            throw InvalidInputException.of("to", "before_from", "must be after the start of the date range");
        }
        Map<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        selected.forEach((facet, values) -> {
            if (values.size() > MAX_VALUES) {
                throw InvalidInputException.of(facet.param(), "too_many", "at most " + MAX_VALUES + " values");
            }
            Set<String> normalized = new LinkedHashSet<>();
            values.forEach(v -> normalized.add(facet.normalize(v)));
            if (!normalized.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(normalized));
            }
        });
        selected = Collections.unmodifiableMap(copy);
    }

    public Set<String> values(Facet facet) {
        return selected.getOrDefault(facet, Set.of());
    }

    public boolean isEmpty() {
        return createdFrom == null && createdTo == null && selected.isEmpty();
    }
}
