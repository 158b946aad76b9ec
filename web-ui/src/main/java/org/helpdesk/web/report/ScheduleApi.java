package org.helpdesk.web.report;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.helpdesk.reporting.ReportSchedule;
import org.helpdesk.reporting.ReportSchedules;
import org.helpdesk.reporting.ScheduleDraft;
import org.helpdesk.reporting.ScheduleRun;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Report schedules over REST, for administrators (every schedule) and quality managers (their own). Body of POST
 * and PUT: {@code {"name": "Weekly quality", "report": "kpi=nps&kpi=csat&period=week&by=team", "frequency":
 * "weekly", "dayOfWeek": "monday", "time": "07:30", "recipients": ["boss@example.org"], "formats": ["pdf", "xlsx"],
 * "language": "en"}}, where {@code report} is the query string of {@code GET /api/v1/reports} (plus repeatable
 * {@code kpi}; none means all) and {@code period} the kind of period whose last complete one is sent. Monthly
 * schedules give {@code dayOfMonth} (1–31; the last day in shorter months). The time is in the organisation's time
 * zone. {@code POST /{id}/run} sends the report now.
 */
@RestController
@RequestMapping(path = "/api/v1/reports/schedules", produces = MediaType.APPLICATION_JSON_VALUE)
class ScheduleApi {

    static final String OWNERS = "hasAnyRole('ADMIN', 'QUALITY_MANAGER')";

    private final ReportSchedules schedules;
    private final DateDisplay dates;

    ScheduleApi(ReportSchedules schedules, DateDisplay dates) {
        this.schedules = schedules;
        this.dates = dates;
    }

    @PreAuthorize(OWNERS)
    @GetMapping
    List<ScheduleView> list(Authentication user) {
        return schedules.visibleTo(user.getName(), isAdmin(user)).stream()
                .map(ScheduleView::of)
                .toList();
    }

    @PreAuthorize(OWNERS)
    @GetMapping("/{id}")
    ScheduleView get(@PathVariable UUID id, Authentication user) {
        return ScheduleView.of(schedules.get(id, user.getName(), isAdmin(user)));
    }

    @PreAuthorize(OWNERS)
    @GetMapping("/{id}/runs")
    List<ScheduleRun> runs(@PathVariable UUID id, Authentication user) {
        return schedules.runs(id, user.getName(), isAdmin(user));
    }

    @PreAuthorize(OWNERS)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ScheduleView> create(@RequestBody Body body, Authentication user) {
        ReportSchedule created = schedules.create(body.draft(), user.getName(), dates.organisationZone());
        return ResponseEntity.created(URI.create("/api/v1/reports/schedules/" + created.id()))
                .body(ScheduleView.of(created));
    }

    @PreAuthorize(OWNERS)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ScheduleView update(@PathVariable UUID id, @RequestBody Body body, Authentication user) {
        return ScheduleView.of(
                schedules.update(id, body.draft(), dates.organisationZone(), user.getName(), isAdmin(user)));
    }

    @PreAuthorize(OWNERS)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, Authentication user) {
        schedules.delete(id, user.getName(), isAdmin(user));
        return ResponseEntity.noContent().build();
    }

    /** Sends the report for the last complete period now; the run says whether its mails were queued. */
    @PreAuthorize(OWNERS)
    @PostMapping("/{id}/run")
    ScheduleRun run(@PathVariable UUID id, Authentication user) {
        return schedules.sendNow(id, user.getName(), isAdmin(user));
    }

    /** Lets Spring Security answer a refused role with its 403 instead of the generic error mapping. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    record Body(
            @Nullable String name,
            @Nullable String report,
            @Nullable String frequency,
            @Nullable String dayOfWeek,
            @Nullable Integer dayOfMonth,
            @Nullable String time,
            @Nullable List<String> recipients,
            @Nullable List<String> formats,
            @Nullable String language) {

        ScheduleDraft draft() {
            return ScheduleForm.of(name, report, frequency, dayOfWeek, dayOfMonth, time, recipients, formats, language)
                    .toDraft();
        }
    }

    /** A schedule as the API shows it, its report as the query string it was given in. */
    record ScheduleView(
            UUID id,
            String name,
            String owner,
            String report,
            String frequency,
            @Nullable String dayOfWeek,
            @Nullable Integer dayOfMonth,
            LocalTime time,
            String zone,
            List<String> recipients,
            List<String> formats,
            String language,
            Instant nextRunAt,
            Instant createdAt,
            Instant updatedAt) {

        static ScheduleView of(ReportSchedule s) {
            ScheduleDraft d = s.definition();
            ScheduleForm form = ScheduleForm.of(d);
            return new ScheduleView(
                    s.id(),
                    s.name(),
                    s.owner(),
                    form.report(),
                    form.frequency(),
                    d.dayOfWeek() == null ? null : form.dayOfWeek(),
                    d.dayOfMonth(),
                    d.time(),
                    s.zone().getId(),
                    d.recipients(),
                    form.format(),
                    d.language(),
                    s.nextRunAt(),
                    s.createdAt(),
                    s.updatedAt());
        }
    }
}
