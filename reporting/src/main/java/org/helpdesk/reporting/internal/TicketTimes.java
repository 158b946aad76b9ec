package org.helpdesk.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps {@code report_ticket_time} (business-hours durations per ticket) up to date: tickets changed since the last
 * run, or every ticket when a calendar changed. Only stale rows are written, and a run can be repeated or run on
 * two instances at once without harm. Reports stay exact without it; it only makes them fast.
 */
public final class TicketTimes {

    /** Changes are committed after their {@code updated_at}; look back this far so none is missed. */
    static final Duration MARGIN = Duration.ofMinutes(5);

    private static final String STATE = "ticket-time";

    private final JdbcClient jdbc;
    private final Clock clock;

    public TicketTimes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Brings the rows up to date, {@code batch} tickets at a time; returns how many rows it wrote. */
    public int refresh(int batch) {
        Instant started = clock.instant();
        UUID calendar = KpiQueries.defaultCalendar(jdbc);
        String calendars = calendarsSignature(calendar);
        Map<String, Object> state = jdbc
                .sql("select watermark, calendars from report_refresh where name = ?")
                .param(STATE)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElse(Map.of());
        boolean everything = !calendars.equals(state.get("calendars")) || state.get("watermark") == null;
        int written = everything
                ? sweepAll(calendar, batch)
                : sweepChanged((Timestamp) state.get("watermark"), calendar, batch);
        jdbc.sql("""
                        insert into report_refresh (name, watermark, calendars) values (?, ?, ?)
                        on conflict (name) do update set watermark = excluded.watermark, calendars = excluded.calendars""")
                .params(STATE, Timestamp.from(started.minus(MARGIN)), calendars)
                .update();
        return written;
    }

    private int sweepAll(UUID calendar, int batch) {
        int written = 0;
        // The smallest uuid as PostgreSQL orders them (unsigned bytes).
        UUID after = new UUID(0, 0);
        List<UUID> ids;
        do {
            ids = jdbc.sql("""
                            select id from ticket
                             where id > ? and merged_into_id is null
                               and (first_response_at is not null or resolved_at is not null)
                             order by id limit ?""").params(after, batch).query(UUID.class).list();
            written += write(ids, calendar);
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == batch);
        return written;
    }

    private int sweepChanged(Timestamp since, UUID calendar, int batch) {
        int written = 0;
        Timestamp at = since;
        // The smallest uuid as PostgreSQL orders them (unsigned bytes).
        UUID after = new UUID(0, 0);
        List<Map<String, Object>> rows;
        do {
            rows = jdbc.sql("""
                            select id, updated_at from ticket
                             where (updated_at, id) > (?, ?) and merged_into_id is null
                               and (first_response_at is not null or resolved_at is not null)
                             order by updated_at, id limit ?""").params(at, after, batch).query().listOfRows();
            written += write(rows.stream().map(r -> (UUID) r.get("id")).toList(), calendar);
            if (!rows.isEmpty()) {
                Map<String, Object> last = rows.get(rows.size() - 1);
                at = (Timestamp) last.get("updated_at");
                after = (UUID) last.get("id");
            }
        } while (rows.size() == batch);
        return written;
    }

    /** Computes the stale rows among {@code ids} with the same SQL the reports fall back on. */
    private int write(List<UUID> ids, UUID calendar) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("insert into report_ticket_time (ticket_id, ticket_version, calendar_id, calendar_signature,"
                        + " first_response_business_seconds, resolution_business_seconds, computed_at,"
                        + " first_response_at, resolved_at)"
                        + " select t.id, t.version, " + BusinessTime.CALENDAR + ", cs.signature,"
                        + " case when t.first_response_at is not null then " + BusinessTime.FIRST_RESPONSE + " end,"
                        + " case when t.resolved_at is not null then " + BusinessTime.RESOLUTION + " end, :now,"
                        + " t.first_response_at, t.resolved_at"
                        + " from ticket t left join sla_policy sp on sp.id = t.sla_policy_id" + BusinessTime.JOINS
                        + " where t.id in (:ids) and cs.signature is not null and not coalesce(" + Family.FRESH
                        + ", false)"
                        + " on conflict (ticket_id) do update set ticket_version = excluded.ticket_version,"
                        + " calendar_id = excluded.calendar_id, calendar_signature = excluded.calendar_signature,"
                        + " first_response_business_seconds = excluded.first_response_business_seconds,"
                        + " resolution_business_seconds = excluded.resolution_business_seconds,"
                        + " computed_at = excluded.computed_at, first_response_at = excluded.first_response_at,"
                        + " resolved_at = excluded.resolved_at")
                .param("ids", ids)
                .param("calendar", calendar)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** All calendars as they are now and which is the default: any change means every row may be stale. */
    private String calendarsSignature(@Nullable UUID calendar) {
        return jdbc.sql("select md5(coalesce(string_agg(calendar_id || signature, ',' order by calendar_id), '')"
                        + " || cast(? as text)) from report_calendar_signature")
                .param(calendar == null ? "" : calendar.toString())
                .query(String.class)
                .single();
    }
}
