package org.helpdesk.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which feedback the themes view and the drivers look at: the items received on the local days {@code from}–{@code to}
 * (inclusive, in {@code zone}), narrowed by product (catalog id or name, or an imported row's product label), channel,
 * team of the linked ticket (id or name), language, and survey kind with an optional score range on its scale.
 */
public record ThemeFilter(
        LocalDate from,
        LocalDate to,
        ZoneId zone,
        @Nullable String product,
        @Nullable String channel,
        @Nullable String team,
        @Nullable String language,
        @Nullable SurveyKind kind,
        @Nullable Integer minScore,
        @Nullable Integer maxScore) {

    /** Without dates, the last 30 days up to today. */
    public static final int DEFAULT_DAYS = 30;

    /** Like the reports' custom periods: up to about ten years. */
    public static final int MAX_DAYS = 3_660;

    public ThemeFilter {
        product = blankToNull(product);
        channel = blankToNull(channel);
        team = blankToNull(team);
        language = blankToNull(language);
        List<FieldViolation> errors = new ArrayList<>();
        if (to.isBefore(from)) {
            errors.add(new FieldViolation("to", "out_of_range", "the period ends before it starts"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            errors.add(new FieldViolation("to", "out_of_range", "a period is at most " + MAX_DAYS + " days"));
        }
        tooLong(errors, "product", product, 200);
        tooLong(errors, "channel", channel, 32);
        tooLong(errors, "team", team, 100);
        tooLong(errors, "language", language, 8);
        scores(errors, kind, minScore, maxScore);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * The filter from request parameters as typed: dates as {@code yyyy-MM-dd}, scores as integers. Only {@code from}:
     * up to today; only {@code to}: the 30 days ending then.
     *
     * @throws InvalidInputException naming every parameter that is not valid
     */
    public static ThemeFilter of(Parameters p, LocalDate today, ZoneId zone) {
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate to = date(errors, "to", p.to());
        LocalDate from = date(errors, "from", p.from());
        SurveyKind kind = p.kind() == null || p.kind().isBlank()
                ? null
                : SurveyKind.parse(p.kind()).orElse(null);
        if (kind == null && p.kind() != null && !p.kind().isBlank()) {
            errors.add(new FieldViolation("kind", "unknown_value", "kind is CSAT, NPS or CES"));
        }
        Integer minScore = score(errors, "minScore", p.minScore());
        Integer maxScore = score(errors, "maxScore", p.maxScore());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate end = to != null ? to : from != null && from.isAfter(today) ? from : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return new ThemeFilter(
                start, end, zone, p.product(), p.channel(), p.team(), p.language(), kind, minScore, maxScore);
    }

    /** Request parameters as they came in, all optional. */
    public record Parameters(
            @Nullable String from,
            @Nullable String to,
            @Nullable String product,
            @Nullable String channel,
            @Nullable String team,
            @Nullable String language,
            @Nullable String kind,
            @Nullable String minScore,
            @Nullable String maxScore) {}

    /** The first instant of the period: local midnight of {@code from}. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period: local midnight after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before the period, for the change. */
    public LocalDate previousFrom() {
        return from.minusDays(days());
    }

    public LocalDate previousTo() {
        return from.minusDays(1);
    }

    public Instant previousStart() {
        return previousFrom().atStartOfDay(zone).toInstant();
    }

    /** Days for up to a month, weeks for up to a year, months beyond: a sparkline of a readable length. */
    public TrendStep step() {
        long days = days();
        return days <= 31 ? TrendStep.DAY : days <= 366 ? TrendStep.WEEK : TrendStep.MONTH;
    }

    /** The steps of a trend, named as PostgreSQL's {@code date_trunc} names them. */
    public enum TrendStep {
        DAY,
        WEEK,
        MONTH;

        public String sqlUnit() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first local day of the step containing {@code day} (ISO weeks start on Monday). */
        public LocalDate start(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
                case MONTH -> day.withDayOfMonth(1);
            };
        }

        public LocalDate next(LocalDate stepStart) {
            return switch (this) {
                case DAY -> stepStart.plusDays(1);
                case WEEK -> stepStart.plusWeeks(1);
                case MONTH -> stepStart.plusMonths(1);
            };
        }
    }

    private static void scores(
            List<FieldViolation> errors,
            @Nullable SurveyKind kind,
            @Nullable Integer minScore,
            @Nullable Integer maxScore) {
        if (kind == null) {
            if (minScore != null || maxScore != null) {
                errors.add(new FieldViolation("kind", "required", "a score range needs the survey kind"));
            }
            return;
        }
        outOfScale(errors, "minScore", kind, minScore);
        outOfScale(errors, "maxScore", kind, maxScore);
        if (minScore != null && maxScore != null && minScore > maxScore) {
            errors.add(new FieldViolation("maxScore", "out_of_range", "maxScore is below minScore"));
        }
    }

    private static void outOfScale(
            List<FieldViolation> errors, String field, SurveyKind kind, @Nullable Integer score) {
        if (score != null && !kind.accepts(score)) {
            errors.add(new FieldViolation(
                    field, "out_of_range", "a " + kind + " score is between " + kind.min() + " and " + kind.max()));
        }
    }

    private static @Nullable LocalDate date(List<FieldViolation> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "invalid_value", "a date is written yyyy-MM-dd"));
            return null;
        }
    }

    private static @Nullable Integer score(List<FieldViolation> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "invalid_value", "a score is a whole number"));
            return null;
        }
    }

    private static void tooLong(List<FieldViolation> errors, String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldViolation(field, "too_long", "at most " + max + " characters"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
