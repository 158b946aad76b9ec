package org.helpdesk.web.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.helpdesk.reporting.Cadence;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.ReportFilter;
import org.helpdesk.reporting.ScheduleDraft;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A report schedule as the page's form sends it: the report with the report page's parameters ({@code kpi},
 * {@code period}, {@code trend}, {@code by} and the repeatable filters), then when and to whom: {@code frequency}
 * weekly or monthly, {@code dayOfWeek} (monday…) or {@code dayOfMonth} (1–31), {@code time} (HH:mm),
 * {@code recipients} (separated by commas, semicolons or new lines), {@code format} (pdf, xlsx, csv; repeatable)
 * and {@code mailLanguage} (en, ru, bg). Every value is read as text, so that every problem is told at once.
 */
record ScheduleForm(
        @Nullable String name,
        @Nullable List<String> kpi,
        @Nullable String period,
        @Nullable String trend,
        @Nullable String by,
        @Nullable List<String> team,
        @Nullable List<String> agent,
        @Nullable List<String> product,
        @Nullable List<String> category,
        @Nullable List<String> channel,
        @Nullable List<String> language,
        @Nullable List<String> priority,
        @Nullable List<String> type,
        @Nullable String frequency,
        @Nullable String dayOfWeek,
        @Nullable String dayOfMonth,
        @Nullable String time,
        @Nullable String recipients,
        @Nullable List<String> format,
        @Nullable String mailLanguage) {

    /** A new schedule's defaults: last week's report every Monday at 07:00, as PDF, in the reader's language. */
    static ScheduleForm blank(String mailLanguage) {
        return new ScheduleForm(
                null,
                null,
                "week",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "weekly",
                "monday",
                "1",
                "07:00",
                null,
                List.of("pdf"),
                mailLanguage);
    }

    /** The form of a saved schedule. */
    static ScheduleForm of(ScheduleDraft d) {
        ReportFilter f = d.filter();
        return new ScheduleForm(
                d.name(),
                d.kpis().stream().map(Kpi::id).toList(),
                lower(d.period()),
                lower(d.trend()),
                d.breakdown() == null ? null : d.breakdown().id(),
                strings(f.teams()),
                strings(f.agents()),
                strings(f.products()),
                strings(f.categories()),
                strings(f.channels()),
                strings(f.languages()),
                strings(f.priorities()),
                strings(f.types()),
                lower(d.frequency()),
                lower(d.dayOfWeek()),
                d.dayOfMonth() == null ? null : d.dayOfMonth().toString(),
                d.time() == null ? null : d.time().toString(),
                String.join("\n", d.recipients()),
                d.formats().stream()
                        .map(ReportExports.Format::extension)
                        .sorted()
                        .toList(),
                d.language());
    }

    /**
     * A form from the API: the report as the query string of {@code GET /api/v1/reports} (plus repeatable
     * {@code kpi}), the rest as given.
     */
    static ScheduleForm of(
            @Nullable String name,
            @Nullable String report,
            @Nullable String frequency,
            @Nullable String dayOfWeek,
            @Nullable Integer dayOfMonth,
            @Nullable String time,
            @Nullable List<String> recipients,
            @Nullable List<String> formats,
            @Nullable String language) {
        MultiValueMap<String, String> q = UriComponentsBuilder.fromUriString("/?" + (report == null ? "" : report))
                .build()
                .getQueryParams();
        Function<String, @Nullable List<String>> all = key -> q.get(key) == null
                ? null
                : q.get(key).stream().map(ScheduleForm::decode).toList();
        Function<String, @Nullable String> one = key -> q.getFirst(key) == null ? null : decode(q.getFirst(key));
        return new ScheduleForm(
                name,
                all.apply("kpi"),
                one.apply("period"),
                one.apply("trend"),
                one.apply("by"),
                all.apply("team"),
                all.apply("agent"),
                all.apply("product"),
                all.apply("category"),
                all.apply("channel"),
                all.apply("language"),
                all.apply("priority"),
                all.apply("type"),
                frequency,
                dayOfWeek,
                dayOfMonth == null ? null : dayOfMonth.toString(),
                time,
                recipients == null ? null : String.join("\n", recipients),
                formats,
                language);
    }

    /** The schedule to save; an {@link InvalidInputException} with every problem otherwise. */
    ScheduleDraft toDraft() {
        List<FieldViolation> violations = new ArrayList<>();
        ScheduleDraft draft = new ScheduleDraft(
                name,
                each(kpi, "kpi", v -> Kpi.parse(v.strip()).orElse(null), violations),
                read("period", period, ReportForm::periodType, violations),
                read("trend", trend, ReportForm::step, violations),
                read("by", by, ReportForm::dimension, violations),
                filter(violations),
                read("frequency", frequency, ScheduleForm::frequency, violations),
                read("dayOfWeek", dayOfWeek, ScheduleForm::day, violations),
                read("dayOfMonth", dayOfMonth, ScheduleForm::dayOfMonth, violations),
                read("time", time, ScheduleForm::timeOfDay, violations),
                recipients == null ? List.of() : Arrays.asList(recipients.split("[,;\\s]+")),
                Set.copyOf(each(
                        format, "format", v -> ReportExports.Format.parse(v).orElse(null), violations)),
                mailLanguage);
        for (FieldViolation v : draft.violations()) {
            // a weekday or day of month is only asked for when the frequency needs it
            if (violations.stream().noneMatch(p -> p.field().equals(v.field()))) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return draft;
    }

    /** The report part as the report page's query parameters. */
    MultiValueMap<String, String> reportParameters() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        putAll(params, "kpi", kpi);
        put(params, "period", period);
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

    /** The report part as a query string, e.g. {@code kpi=nps&period=week&by=team}. */
    String report() {
        return UriComponentsBuilder.newInstance()
                .queryParams(reportParameters())
                .encode()
                .build()
                .getQuery();
    }

    public boolean hasKpi(String id) {
        return kpi != null && kpi.contains(id);
    }

    public boolean hasFormat(String extension) {
        return format != null && format.contains(extension);
    }

    private ReportFilter filter(List<FieldViolation> violations) {
        ReportForm form = new ReportForm(
                null,
                null,
                null,
                null,
                null,
                null,
                ids(team, "report.team", violations),
                ids(agent, "report.agent", violations),
                ids(product, "report.product", violations),
                ids(category, "report.category", violations),
                channel,
                language,
                priority,
                type);
        try {
            return form.filter();
        } catch (InvalidInputException e) {
            // named after the report's parameter, apart from the mail's own language
            e.violations()
                    .forEach(v -> violations.add(new FieldViolation("report." + v.field(), v.code(), v.message())));
            return ReportFilter.none();
        }
    }

    private static List<UUID> ids(@Nullable List<String> values, String field, List<FieldViolation> violations) {
        return each(
                values,
                field,
                v -> {
                    try {
                        return UUID.fromString(v.strip());
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                },
                violations);
    }

    private static <T> List<T> each(
            @Nullable List<String> values,
            String field,
            Function<String, @Nullable T> parse,
            List<FieldViolation> violations) {
        List<T> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            T parsed = parse.apply(value);
            if (parsed == null) {
                violations.add(new FieldViolation(field, "unknown_value", value + " is not one of the offered values"));
            } else {
                out.add(parsed);
            }
        }
        return out;
    }

    /** A value read by {@code parse}, null when blank; a violation (and null) when {@code parse} refuses it. */
    private static <T> @Nullable T read(
            String field, @Nullable String value, Function<String, @Nullable T> parse, List<FieldViolation> out) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            T parsed = parse.apply(value.strip());
            if (parsed == null) {
                out.add(new FieldViolation(field, "unknown_value", value + " is not one of the offered values"));
            }
            return parsed;
        } catch (InvalidInputException e) {
            out.add(new FieldViolation(field, "unknown_value", value + " is not one of the offered values"));
            return null;
        }
    }

    private static Cadence.@Nullable Frequency frequency(String value) {
        return Cadence.Frequency.parse(value).orElse(null);
    }

    private static @Nullable DayOfWeek day(String value) {
        try {
            return DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer dayOfMonth(String value) {
        try {
            int day = Integer.parseInt(value);
            return day >= 1 && day <= 31 ? day : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable LocalTime timeOfDay(String value) {
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static @Nullable String lower(@Nullable Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(Set<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.toList());
    }

    private static void put(MultiValueMap<String, String> params, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            params.add(name, value);
        }
    }

    private static void putAll(MultiValueMap<String, String> params, String name, @Nullable List<String> values) {
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(v -> put(params, name, v));
        }
    }
}
