package org.helpdesk.sla;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA policies and their calendars. Finding the policy for a ticket happens on every ticket change,
 * so calendars are cached and dropped whenever an administrator changes one.
 */
@Service
public class SlaPolicies {

    private static final Set<String> PRIORITIES = Set.of("LOW", "NORMAL", "HIGH", "URGENT");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<CalendarId, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    SlaPolicies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The active policy for this priority and category: the category's own if it has one, else the priority's default. */
    public Optional<SlaPolicy> policyFor(String priority, @Nullable CategoryId category) {
        return jdbc.sql("""
                        select * from sla_policy
                         where active and priority = ? and (category_id is null or category_id = ?)
                         order by category_id nulls last limit 1""")
                .params(priority, category == null ? null : category.value())
                .query(this::map)
                .optional();
    }

    public Optional<SlaPolicy> find(UUID id) {
        return jdbc.sql("select * from sla_policy where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public List<SlaPolicy> active() {
        return jdbc.sql("select * from sla_policy where active order by priority, category_id nulls first, name")
                .query(this::map)
                .list();
    }

    /** Adds a policy, replacing the active one for the same priority and category. */
    @Transactional
    public SlaPolicy define(SlaPolicyDraft draft) {
        draft.validate(PRIORITIES);
        CalendarId calendarId = draft.calendarId() == null ? defaultCalendar().id() : draft.calendarId();
        calendar(calendarId);
        jdbc.sql("""
                        update sla_policy set active = false
                         where active and priority = ? and coalesce(category_id, '00000000-0000-0000-0000-000000000000') = ?""")
                .params(
                        draft.priority(),
                        draft.categoryId() == null
                                ? new UUID(0, 0)
                                : draft.categoryId().value())
                .update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into sla_policy (id, name, priority, category_id, calendar_id,
                                                first_response_minutes, resolution_minutes, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        draft.name().strip(),
                        draft.priority(),
                        draft.categoryId() == null ? null : draft.categoryId().value(),
                        calendarId.value(),
                        draft.firstResponseMinutes(),
                        draft.resolutionMinutes(),
                        Timestamp.from(clock.instant()))
                .update();
        return find(id).orElseThrow();
    }

    @Transactional
    public void retire(UUID policyId) {
        if (jdbc.sql("update sla_policy set active = false where id = ?")
                        .param(policyId)
                        .update()
                == 0) {
            throw new NotFoundException("SLA policy", policyId.toString());
        }
    }

    public List<BusinessCalendar> calendars() {
        return jdbc
                .sql("select id from business_calendar order by lower(name)")
                .query((rs, n) -> new CalendarId(rs.getObject("id", UUID.class)))
                .list()
                .stream()
                .map(this::calendar)
                .toList();
    }

    public BusinessCalendar defaultCalendar() {
        return calendars().get(0);
    }

    public BusinessCalendar calendar(CalendarId id) {
        return calendars.computeIfAbsent(id, this::load);
    }

    /** Replaces the calendar's time zone and weekly hours. */
    @Transactional
    public void defineHours(CalendarId id, String zone, List<OpeningHours> hours) {
        ZoneId zoneId = zone(zone);
        calendar(id);
        if (hours.isEmpty()) {
            throw InvalidInputException.of("hours", "required", "a calendar needs business hours on at least one day");
        }
        jdbc.sql("update business_calendar set time_zone = ? where id = ?")
                .params(zoneId.getId(), id.value())
                .update();
        jdbc.sql("delete from business_hours where calendar_id = ?")
                .param(id.value())
                .update();
        for (OpeningHours h : hours) {
            jdbc.sql("insert into business_hours values (?, ?, ?, ?) on conflict do nothing")
                    .params(id.value(), h.day().getValue(), h.opensMinute(), h.closesMinute())
                    .update();
        }
        calendars.remove(id);
    }

    @Transactional
    public void addHoliday(CalendarId id, LocalDate day, String name) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        calendar(id);
        jdbc.sql(
                        "insert into holiday values (?, ?, ?) on conflict (calendar_id, day) do update set name = excluded.name")
                .params(id.value(), day, name.strip())
                .update();
        calendars.remove(id);
    }

    @Transactional
    public void removeHoliday(CalendarId id, LocalDate day) {
        jdbc.sql("delete from holiday where calendar_id = ? and day = ?")
                .params(id.value(), day)
                .update();
        calendars.remove(id);
    }

    /** Creates a calendar (e.g. for a team working office hours) with the given hours. */
    @Transactional
    public BusinessCalendar createCalendar(String name, String zone, List<OpeningHours> hours) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        CalendarId id = new CalendarId(UUID.randomUUID());
        try {
            jdbc.sql("insert into business_calendar (id, name, time_zone, created_at) values (?, ?, ?, ?)")
                    .params(id.value(), name.strip(), zone(zone).getId(), Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "a calendar with this name exists");
        }
        defineHours(id, zone, hours);
        return calendar(id);
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            throw InvalidInputException.of("timeZone", "unknown_value", "must be a time zone such as Europe/Sofia");
        }
    }

    private BusinessCalendar load(CalendarId id) {
        var head = jdbc.sql("select name, time_zone from business_calendar where id = ?")
                .param(id.value())
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("time_zone")})
                .optional()
                .orElseThrow(() -> new NotFoundException("calendar", id.toString()));
        List<OpeningHours> hours = jdbc.sql(
                        "select day_of_week, opens_minute, closes_minute from business_hours where calendar_id = ?")
                .param(id.value())
                .query((rs, n) -> new OpeningHours(
                        DayOfWeek.of(rs.getInt("day_of_week")), rs.getInt("opens_minute"), rs.getInt("closes_minute")))
                .list();
        List<Holiday> holidays = jdbc.sql("select day, name from holiday where calendar_id = ? order by day")
                .param(id.value())
                .query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class), rs.getString("name")))
                .list();
        return new BusinessCalendar(id, head[0], ZoneId.of(head[1]), hours, holidays);
    }

    private SlaPolicy map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID category = rs.getObject("category_id", UUID.class);
        return new SlaPolicy(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("priority"),
                category == null ? null : new CategoryId(category),
                calendar(new CalendarId(rs.getObject("calendar_id", UUID.class))),
                Duration.ofMinutes(rs.getInt("first_response_minutes")),
                Duration.ofMinutes(rs.getInt("resolution_minutes")));
    }
}
