package org.helpdesk.web.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.macro.Macro;
import org.helpdesk.macro.Macros;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.sla.BusinessCalendar;
import org.helpdesk.sla.CalendarId;
import org.helpdesk.sla.OpeningHours;
import org.helpdesk.sla.SlaPolicies;
import org.helpdesk.sla.SlaPolicy;
import org.helpdesk.sla.SlaPolicyDraft;
import org.helpdesk.team.Team;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.TeamMember;
import org.helpdesk.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Teams, catalog, SLA and macros over REST. Everyone signed in may read them; only administrators change them. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminApi {

    static final String ADMIN = "hasRole('ADMIN')";

    private final Teams teams;
    private final Catalog catalog;
    private final SlaPolicies sla;
    private final Macros macros;
    private final TeamCosts costs;

    AdminApi(Teams teams, Catalog catalog, SlaPolicies sla, Macros macros, TeamCosts costs) {
        this.costs = costs;
        this.teams = teams;
        this.catalog = catalog;
        this.sla = sla;
        this.macros = macros;
    }

    @GetMapping("/teams")
    List<Team> teams() {
        return teams.all();
    }

    @PostMapping(path = "/teams", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    Team createTeam(@RequestBody TeamBody body) {
        return teams.create(text(body.name()), body.description());
    }

    @PutMapping(path = "/teams/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    Team updateTeam(@PathVariable UUID id, @RequestBody TeamBody body) {
        teams.update(new TeamId(id), text(body.name()), body.description(), body.active() == null || body.active());
        return teams.get(new TeamId(id));
    }

    /** What an hour of the team's work costs, in reporting's currency: {@code {"hourlyCost": 42.50}}; null clears it. */
    @PutMapping(path = "/teams/{id}/hourly-cost", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    Team setHourlyCost(
            @PathVariable UUID id, @RequestBody HourlyCostBody body, jakarta.servlet.http.HttpServletRequest request) {
        return costs.set(new TeamId(id), body.hourlyCost(), request);
    }

    @GetMapping("/teams/{id}/members")
    List<TeamMember> members(@PathVariable UUID id) {
        teams.get(new TeamId(id));
        return teams.members(new TeamId(id));
    }

    @PostMapping(path = "/teams/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    List<TeamMember> addMember(@PathVariable UUID id, @RequestBody MemberBody body) {
        teams.addMember(new TeamId(id), text(body.username()));
        return teams.members(new TeamId(id));
    }

    @DeleteMapping("/teams/{id}/members/{userId}")
    @PreAuthorize(ADMIN)
    List<TeamMember> removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        teams.removeMember(new TeamId(id), userId);
        return teams.members(new TeamId(id));
    }

    @GetMapping("/categories")
    List<CatalogEntry> categories() {
        return catalog.all(Catalog.Kind.CATEGORY);
    }

    @GetMapping("/products")
    List<CatalogEntry> products() {
        return catalog.all(Catalog.Kind.PRODUCT);
    }

    @PostMapping(path = "/categories", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    CatalogEntry addCategory(@RequestBody EntryBody body) {
        return catalog.add(Catalog.Kind.CATEGORY, text(body.name()));
    }

    @PostMapping(path = "/products", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    CatalogEntry addProduct(@RequestBody EntryBody body) {
        return catalog.add(Catalog.Kind.PRODUCT, text(body.name()));
    }

    @PutMapping(path = "/categories/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    void updateCategory(@PathVariable UUID id, @RequestBody EntryBody body) {
        update(Catalog.Kind.CATEGORY, id, body);
    }

    @PutMapping(path = "/products/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    void updateProduct(@PathVariable UUID id, @RequestBody EntryBody body) {
        update(Catalog.Kind.PRODUCT, id, body);
    }

    private void update(Catalog.Kind kind, UUID id, EntryBody body) {
        if (body.name() != null) {
            catalog.rename(kind, id, body.name());
        }
        if (body.active() != null) {
            catalog.setActive(kind, id, body.active());
        }
    }

    @GetMapping("/sla/policies")
    List<SlaPolicy> policies() {
        return sla.active();
    }

    @PostMapping(path = "/sla/policies", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    SlaPolicy definePolicy(@RequestBody PolicyBody body) {
        return sla.define(new SlaPolicyDraft(
                body.name(),
                body.priority(),
                body.categoryId() == null ? null : new CategoryId(body.categoryId()),
                body.calendarId() == null ? null : new CalendarId(body.calendarId()),
                body.firstResponseMinutes(),
                body.resolutionMinutes()));
    }

    @DeleteMapping("/sla/policies/{id}")
    @PreAuthorize(ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retirePolicy(@PathVariable UUID id) {
        sla.retire(id);
    }

    @GetMapping("/sla/calendars")
    List<BusinessCalendar> calendars() {
        return sla.calendars();
    }

    /** Replaces a calendar's zone and weekly hours: {@code {"timeZone": "Europe/Sofia", "hours": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"}]}}. */
    @PutMapping(path = "/sla/calendars/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    BusinessCalendar defineHours(@PathVariable UUID id, @RequestBody HoursBody body) {
        sla.defineHours(new CalendarId(id), text(body.timeZone()), hours(body.hours()));
        return sla.calendar(new CalendarId(id));
    }

    @PostMapping(path = "/sla/calendars/{id}/holidays", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    BusinessCalendar addHoliday(@PathVariable UUID id, @RequestBody HolidayBody body) {
        if (body.day() == null) {
            throw InvalidInputException.of("day", "required", "give the date");
        }
        sla.addHoliday(new CalendarId(id), body.day(), text(body.name()));
        return sla.calendar(new CalendarId(id));
    }

    @DeleteMapping("/sla/calendars/{id}/holidays/{day}")
    @PreAuthorize(ADMIN)
    BusinessCalendar removeHoliday(@PathVariable UUID id, @PathVariable LocalDate day) {
        sla.removeHoliday(new CalendarId(id), day);
        return sla.calendar(new CalendarId(id));
    }

    @GetMapping("/macros")
    List<Macro> macros() {
        return macros.all();
    }

    @PostMapping(path = "/macros", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMIN)
    Macro createMacro(@RequestBody MacroBody body) {
        return macros.save(null, body.name(), body.body(), body.visibility(), body.setStatus(), true);
    }

    @PutMapping(path = "/macros/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(ADMIN)
    Macro updateMacro(@PathVariable UUID id, @RequestBody MacroBody body) {
        macros.get(id);
        return macros.save(
                id,
                body.name(),
                body.body(),
                body.visibility(),
                body.setStatus(),
                body.active() == null || body.active());
    }

    static List<OpeningHours> hours(@Nullable List<HoursBody.Day> days) {
        List<OpeningHours> hours = new ArrayList<>();
        if (days == null) {
            return hours;
        }
        try {
            for (HoursBody.Day d : days) {
                hours.add(new OpeningHours(
                        DayOfWeek.valueOf(d.day().toUpperCase()), minute(d.opens()), minute(d.closes())));
            }
        } catch (RuntimeException e) {
            throw InvalidInputException.of(
                    "hours", "invalid_value", "each day needs a weekday and opens < closes as HH:MM");
        }
        return hours;
    }

    static int minute(String time) {
        String[] parts = time.strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    record TeamBody(
            @Nullable String name,
            @Nullable String description,
            @Nullable Boolean active) {}

    record MemberBody(@Nullable String username) {}

    record HourlyCostBody(java.math.@Nullable BigDecimal hourlyCost) {}

    record EntryBody(@Nullable String name, @Nullable Boolean active) {}

    record PolicyBody(
            @Nullable String name,
            @Nullable String priority,
            @Nullable UUID categoryId,
            @Nullable UUID calendarId,
            int firstResponseMinutes,
            int resolutionMinutes) {}

    record HoursBody(@Nullable String timeZone, @Nullable List<Day> hours) {

        record Day(String day, String opens, String closes) {}
    }

    record HolidayBody(@Nullable LocalDate day, @Nullable String name) {}

    record MacroBody(
            @Nullable String name,
            @Nullable String body,
            @Nullable String visibility,
            @Nullable String setStatus,
            @Nullable Boolean active) {}
}
