package org.helpdesk.web.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportFilter;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.ReportScope;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A report as the page and the API ask for it: {@code period} (day, week, month, quarter or custom) containing
 * {@code date} (default today), or {@code from}–{@code to} for custom; the trend step; the breakdown ({@code by});
 * and filters, each repeatable.
 */
record ReportForm(
        @Nullable String period,
        @Nullable LocalDate date,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String trend,
        @Nullable String by,
        @Nullable List<UUID> team,
        @Nullable List<UUID> agent,
        @Nullable List<UUID> product,
        @Nullable List<UUID> category,
        @Nullable List<String> channel,
        @Nullable List<String> language,
        @Nullable List<String> priority,
        @Nullable List<String> type) {

    ReportQuery toQuery(ZoneId zone, LocalDate today, ReportScope scope) {
        Period.Type type = period == null || period.isBlank() ? Period.Type.MONTH : periodType(period);
        Period p;
        if (type == Period.Type.CUSTOM) {
            if (from == null || to == null) {
                throw InvalidInputException.of("from", "required", "a custom period needs from and to");
            }
            p = Period.custom(from, to, zone);
        } else {
            p = Period.containing(type, date == null ? today : date, zone);
        }
        Granularity step = trend == null || trend.isBlank() ? Granularity.defaultFor(p) : step(trend);
        return new ReportQuery(p, step, dimension(by), filter(), scope);
    }

    static Period.Type periodType(String value) {
        return Period.Type.parse(value).orElseThrow(() -> invalid("period", "day, week, month, quarter or custom"));
    }

    static Granularity step(String value) {
        return Granularity.parse(value).orElseThrow(() -> invalid("trend", "day, week, month or quarter"));
    }

    static @Nullable Dimension dimension(@Nullable String value) {
        return value == null || value.isBlank()
                ? null
                : Dimension.byId(value)
                        .orElseThrow(() -> invalid(
                                "by",
                                "team, agent, product, category, channel, language, priority, type, sla-policy"
                                        + " or theme"));
    }

    /** The filters, codes as the report expects them (channels, priorities and types upper case, languages lower). */
    ReportFilter filter() {
        return new ReportFilter(
                ids(team),
                ids(agent),
                ids(product),
                ids(category),
                codes(channel),
                lower(language),
                codes(priority),
                codes(type));
    }

    /** The form as query parameters, for links that keep the reader's choices. */
    MultiValueMap<String, String> parameters() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        put(params, "period", period);
        put(params, "date", date);
        put(params, "from", from);
        put(params, "to", to);
        put(params, "trend", trend);
        put(params, "by", by);
        putAll(params, "team", team);
        putAll(params, "agent", agent);
        putAll(params, "product", product);
        putAll(params, "category", category);
        putAll(params, "channel", channel);
        putAll(params, "language", language);
        putAll(params, "priority", priority);
        putAll(params, "type", type);
        return params;
    }

    /** The first value of a filter, to preselect it in the page's single-choice lists. */
    static @Nullable String first(@Nullable List<?> values) {
        return values == null || values.isEmpty() || values.get(0) == null
                ? null
                : values.get(0).toString();
    }

    private static void put(MultiValueMap<String, String> params, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.add(name, value.toString());
        }
    }

    private static void putAll(MultiValueMap<String, String> params, String name, @Nullable List<?> values) {
        if (values != null) {
            values.forEach(v -> put(params, name, v));
        }
    }

    private static Set<UUID> ids(@Nullable List<UUID> values) {
        return values == null
                ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static Set<String> codes(@Nullable List<String> values) {
        return values == null
                ? Set.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toSet());
    }

    private static Set<String> lower(@Nullable List<String> values) {
        return codes(values).stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static InvalidInputException invalid(String field, String allowed) {
        return InvalidInputException.of(field, "unknown_value", "must be " + allowed);
    }
}
