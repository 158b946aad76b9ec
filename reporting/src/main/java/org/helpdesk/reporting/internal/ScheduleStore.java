package org.helpdesk.reporting.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.reporting.Cadence;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.ReportFilter;
import org.helpdesk.reporting.ReportSchedule;
import org.helpdesk.reporting.ScheduleDraft;
import org.helpdesk.reporting.ScheduleRun;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rows of {@code report_schedule} and {@code report_schedule_run}. */
public final class ScheduleStore {

    private static final String COLUMNS =
            "id, name, owner, kpis, period_type, trend, breakdown, filter::text as filter,"
                    + " frequency, day_of_week, day_of_month, time_of_day, zone, recipients, formats, language, next_run_at,"
                    + " created_at, updated_at";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String owner, ScheduleDraft d, ZoneId zone, Instant nextRun, Instant now) {
        jdbc.sql("insert into report_schedule (id, owner, name, kpis, period_type, trend, breakdown, filter, frequency,"
                        + " day_of_week, day_of_month, time_of_day, zone, recipients, formats, language, next_run_at,"
                        + " created_at, updated_at) values (:id, :owner, :name, :kpis, :period, :trend, :breakdown,"
                        + " cast(:filter as jsonb), :frequency, :dow, :dom, :time, :zone, :recipients, :formats,"
                        + " :language, :next, :now, :now)")
                .params(columns(d))
                .param("id", id)
                .param("owner", owner)
                .param("zone", zone.getId())
                .param("next", Timestamp.from(nextRun))
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean update(UUID id, ScheduleDraft d, ZoneId zone, Instant nextRun, Instant now) {
        return jdbc.sql("update report_schedule set name = :name, kpis = :kpis, period_type = :period, trend = :trend,"
                                + " breakdown = :breakdown, filter = cast(:filter as jsonb), frequency = :frequency,"
                                + " day_of_week = :dow, day_of_month = :dom, time_of_day = :time, zone = :zone,"
                                + " recipients = :recipients, formats = :formats, language = :language,"
                                + " next_run_at = :next, updated_at = :now where id = :id")
                        .params(columns(d))
                        .param("id", id)
                        .param("zone", zone.getId())
                        .param("next", Timestamp.from(nextRun))
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    public boolean delete(UUID id) {
        return jdbc.sql("delete from report_schedule where id = ?").param(id).update() > 0;
    }

    public Optional<ReportSchedule> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule where id = ?")
                .param(id)
                .query((rs, n) -> schedule(rs))
                .optional();
    }

    /** Everyone's ({@code owner} null) or one owner's, by name. */
    public List<ReportSchedule> list(@Nullable String owner) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule where (cast(? as text) is null or owner = ?)"
                        + " order by lower(name), id")
                .params(owner, owner)
                .query((rs, n) -> schedule(rs))
                .list();
    }

    /** The most overdue schedule no other instance is running, locked until the transaction ends. */
    public Optional<ReportSchedule> claimDue(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from report_schedule where next_run_at <= ?"
                        + " order by next_run_at, id limit 1 for update skip locked")
                .param(Timestamp.from(now))
                .query((rs, n) -> schedule(rs))
                .optional();
    }

    public void setNextRun(UUID id, Instant next) {
        jdbc.sql("update report_schedule set next_run_at = ? where id = ?")
                .params(Timestamp.from(next), id)
                .update();
    }

    public void insertRun(ScheduleRun run) {
        jdbc.sql("""
                        insert into report_schedule_run (id, schedule_id, ran_at, trigger, actor, period_from,
                                                         period_to, outcome, mails, error)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        run.id(),
                        run.scheduleId(),
                        Timestamp.from(run.ranAt()),
                        run.trigger().name(),
                        run.actor(),
                        run.periodFrom(),
                        run.periodTo(),
                        run.outcome().name(),
                        run.mails(),
                        run.error())
                .update();
    }

    /** The newest runs first. */
    public List<ScheduleRun> runs(UUID schedule, int limit) {
        return jdbc.sql("select * from report_schedule_run where schedule_id = ? order by ran_at desc, id limit ?")
                .params(schedule, limit)
                .query((rs, n) -> new ScheduleRun(
                        rs.getObject("id", UUID.class),
                        rs.getObject("schedule_id", UUID.class),
                        rs.getTimestamp("ran_at").toInstant(),
                        ScheduleRun.Trigger.valueOf(rs.getString("trigger")),
                        rs.getString("actor"),
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class),
                        ScheduleRun.Outcome.valueOf(rs.getString("outcome")),
                        rs.getInt("mails"),
                        rs.getString("error")))
                .list();
    }

    private static Map<String, Object> columns(ScheduleDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", d.name());
        c.put("kpis", d.kpis().stream().map(Kpi::id).toArray(String[]::new));
        c.put("period", d.period().name());
        c.put("trend", d.trend() == null ? null : d.trend().name());
        c.put("breakdown", d.breakdown() == null ? null : d.breakdown().id());
        c.put("filter", JSON.writeValueAsString(filter(d.filter())));
        c.put("frequency", d.frequency().name());
        c.put("dow", d.frequency() == Cadence.Frequency.WEEKLY ? d.dayOfWeek().getValue() : null);
        c.put("dom", d.frequency() == Cadence.Frequency.MONTHLY ? d.dayOfMonth() : null);
        c.put("time", d.time());
        c.put("recipients", d.recipients().toArray(String[]::new));
        c.put("formats", d.formats().stream().map(Enum::name).sorted().toArray(String[]::new));
        c.put("language", d.language());
        return c;
    }

    private static Map<String, List<String>> filter(ReportFilter f) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("teams", strings(f.teams()));
        m.put("agents", strings(f.agents()));
        m.put("products", strings(f.products()));
        m.put("categories", strings(f.categories()));
        m.put("channels", strings(f.channels()));
        m.put("languages", strings(f.languages()));
        m.put("priorities", strings(f.priorities()));
        m.put("types", strings(f.types()));
        return m;
    }

    private static List<String> strings(Set<?> values) {
        return values.stream().map(Object::toString).sorted().toList();
    }

    private static ReportFilter filter(String json) {
        Map<String, List<String>> m = JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {});
        return new ReportFilter(
                ids(m.get("teams")),
                ids(m.get("agents")),
                ids(m.get("products")),
                ids(m.get("categories")),
                Set.copyOf(or(m.get("channels"))),
                Set.copyOf(or(m.get("languages"))),
                Set.copyOf(or(m.get("priorities"))),
                Set.copyOf(or(m.get("types"))));
    }

    private static List<String> or(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    private static Set<UUID> ids(@Nullable List<String> values) {
        return or(values).stream().map(UUID::fromString).collect(Collectors.toSet());
    }

    private static ReportSchedule schedule(ResultSet rs) throws SQLException {
        String trend = rs.getString("trend");
        String breakdown = rs.getString("breakdown");
        Object dow = rs.getObject("day_of_week");
        Object dom = rs.getObject("day_of_month");
        ScheduleDraft draft = new ScheduleDraft(
                rs.getString("name"),
                Arrays.stream(array(rs.getArray("kpis")))
                        .map(id -> Kpi.byId(id).orElseThrow())
                        .toList(),
                Period.Type.valueOf(rs.getString("period_type")),
                trend == null ? null : Granularity.valueOf(trend),
                breakdown == null ? null : Dimension.byId(breakdown).orElseThrow(),
                filter(rs.getString("filter")),
                Cadence.Frequency.valueOf(rs.getString("frequency")),
                dow == null ? null : DayOfWeek.of(((Number) dow).intValue()),
                dom == null ? null : ((Number) dom).intValue(),
                rs.getObject("time_of_day", LocalTime.class),
                List.of(array(rs.getArray("recipients"))),
                Arrays.stream(array(rs.getArray("formats")))
                        .map(ReportExports.Format::valueOf)
                        .collect(Collectors.toSet()),
                rs.getString("language"));
        return new ReportSchedule(
                rs.getObject("id", UUID.class),
                rs.getString("owner"),
                draft,
                ZoneId.of(rs.getString("zone")),
                rs.getTimestamp("next_run_at").toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String[] array(Array array) throws SQLException {
        return (String[]) array.getArray();
    }
}
