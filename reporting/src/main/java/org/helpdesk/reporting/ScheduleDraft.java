package org.helpdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled report as its owner writes it: a name; the report (the KPIs, none meaning all computed ones; the
 * period type, of which the last complete one is sent; trend step, breakdown and filters as on the report page);
 * when (weekly on {@code dayOfWeek} or monthly on {@code dayOfMonth}, at {@code time}); the recipients; the files;
 * and the language of the mail and the files. Values a form could not read are null and reported by
 * {@link #violations()}.
 */
public record ScheduleDraft(
        @Nullable String name,
        List<Kpi> kpis,
        Period.@Nullable Type period,
        @Nullable Granularity trend,
        @Nullable Dimension breakdown,
        ReportFilter filter,
        Cadence.@Nullable Frequency frequency,
        @Nullable DayOfWeek dayOfWeek,
        @Nullable Integer dayOfMonth,
        @Nullable LocalTime time,
        List<String> recipients,
        Set<ReportExports.Format> formats,
        @Nullable String language) {

    public static final int NAME_MAX = 200;
    public static final int MAX_RECIPIENTS = 50;
    public static final List<String> LANGUAGES = List.of("en", "ru", "bg");
    /** An address as mail programs accept it: one @, no spaces, a dot in the domain; at most 254 characters. */
    private static final Pattern ADDRESS =
            Pattern.compile("[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\"]+\\.[^@\\s,;<>()\\[\\]\".]+");

    public ScheduleDraft {
        kpis = List.copyOf(new LinkedHashSet<>(kpis));
        recipients = normalised(recipients);
        formats = Set.copyOf(formats);
        name = name == null ? null : name.strip();
        language = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    /** What is wrong with the draft, every problem at once; empty when it can be saved. */
    public List<FieldViolation> violations() {
        List<FieldViolation> out = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            out.add(new FieldViolation("name", "required", "a schedule needs a name"));
        } else if (name.length() > NAME_MAX) {
            out.add(new FieldViolation("name", "too_long", "at most " + NAME_MAX + " characters"));
        }
        for (Kpi kpi : kpis) {
            if (!kpi.computed()) {
                out.add(new FieldViolation("kpi", "not_computed", kpi.id() + " has no data source yet"));
            }
        }
        if (period == null) {
            out.add(new FieldViolation("period", "required", "day, week, month or quarter"));
        } else if (period == Period.Type.CUSTOM) {
            out.add(new FieldViolation("period", "invalid_value", "a schedule sends a day, week, month or quarter"));
        }
        if (frequency == null) {
            out.add(new FieldViolation("frequency", "required", "weekly or monthly"));
        } else if (frequency == Cadence.Frequency.WEEKLY && dayOfWeek == null) {
            out.add(new FieldViolation("dayOfWeek", "required", "a weekly schedule needs a day of the week"));
        } else if (frequency == Cadence.Frequency.MONTHLY
                && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            out.add(new FieldViolation("dayOfMonth", "out_of_range", "a monthly schedule needs a day 1..31"));
        }
        if (time == null) {
            out.add(new FieldViolation("time", "required", "a time of day such as 07:30"));
        }
        recipientViolations(out);
        if (formats.isEmpty()) {
            out.add(new FieldViolation("format", "required", "at least one of pdf, xlsx, csv"));
        }
        if (language == null || !LANGUAGES.contains(language)) {
            out.add(new FieldViolation("language", "unknown_value", "must be one of " + LANGUAGES));
        }
        return out;
    }

    /** The draft as it may be saved; an {@link InvalidInputException} with every problem otherwise. */
    public ScheduleDraft requireValid() {
        List<FieldViolation> violations = violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }

    /** When a valid draft runs, in {@code zone}. */
    public Cadence cadence(ZoneId zone) {
        return new Cadence(
                frequency,
                frequency == Cadence.Frequency.WEEKLY ? dayOfWeek : null,
                frequency == Cadence.Frequency.MONTHLY ? dayOfMonth : null,
                time,
                zone);
    }

    /** The KPIs a run computes: those chosen, or all computed ones. */
    public List<Kpi> kpisToRun() {
        return kpis.isEmpty() ? Reports.computedKpis() : kpis;
    }

    private void recipientViolations(List<FieldViolation> out) {
        if (recipients.isEmpty()) {
            out.add(new FieldViolation("recipients", "required", "at least one e-mail address"));
        } else if (recipients.size() > MAX_RECIPIENTS) {
            out.add(new FieldViolation("recipients", "too_many", "at most " + MAX_RECIPIENTS + " addresses"));
        }
        for (String address : recipients) {
            if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
                out.add(new FieldViolation("recipients", "invalid_email", address + " is not an e-mail address"));
            }
        }
    }

    /** Stripped, without blanks and duplicates (addresses differing only in case are one). */
    private static List<String> normalised(List<String> recipients) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String r : recipients) {
            String address = r == null ? "" : r.strip();
            if (!address.isEmpty() && seen.add(address.toLowerCase(Locale.ROOT))) {
                out.add(address);
            }
        }
        return List.copyOf(out);
    }
}
