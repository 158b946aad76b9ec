package org.helpdesk.web.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.reporting.Cadence;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.ReportSchedule;
import org.helpdesk.reporting.ReportSchedules;
import org.helpdesk.reporting.Reports;
import org.helpdesk.reporting.ScheduleDraft;
import org.helpdesk.reporting.ScheduleRun;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report schedules pages: the list, the form (new or edit, with the run history), delete after a confirmation,
 * and "send now". Administrators see every schedule, quality managers their own.
 */
@Controller
class SchedulePages {

    private final ReportSchedules schedules;
    private final DateDisplay dates;
    private final Teams teams;
    private final Catalog catalog;

    SchedulePages(ReportSchedules schedules, DateDisplay dates, Teams teams, Catalog catalog) {
        this.schedules = schedules;
        this.dates = dates;
        this.teams = teams;
        this.catalog = catalog;
    }

    @GetMapping("/reports/schedules")
    @PreAuthorize(ScheduleApi.OWNERS)
    String list(Authentication user, Model model) {
        model.addAttribute("schedules", schedules.visibleTo(user.getName(), ScheduleApi.isAdmin(user)));
        return "reports/schedules";
    }

    @GetMapping("/reports/schedules/new")
    @PreAuthorize(ScheduleApi.OWNERS)
    String blank(Authentication user, Model model) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return form(
                null,
                ScheduleForm.blank(ScheduleDraft.LANGUAGES.contains(language) ? language : "en"),
                List.of(),
                user,
                model);
    }

    @PostMapping("/reports/schedules")
    @PreAuthorize(ScheduleApi.OWNERS)
    String create(
            @ModelAttribute ScheduleForm form,
            Authentication user,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        try {
            ReportSchedule created = schedules.create(form.toDraft(), user.getName(), dates.organisationZone());
            redirect.addFlashAttribute("notice", "schedule.saved");
            return "redirect:/reports/schedules/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(null, form, e.violations(), user, model);
        }
    }

    @GetMapping("/reports/schedules/{id}")
    @PreAuthorize(ScheduleApi.OWNERS)
    String edit(@PathVariable UUID id, Authentication user, Model model) {
        ReportSchedule schedule = schedules.get(id, user.getName(), ScheduleApi.isAdmin(user));
        return form(schedule, ScheduleForm.of(schedule.definition()), List.of(), user, model);
    }

    @PostMapping("/reports/schedules/{id}")
    @PreAuthorize(ScheduleApi.OWNERS)
    String update(
            @PathVariable UUID id,
            @ModelAttribute ScheduleForm form,
            Authentication user,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        boolean admin = ScheduleApi.isAdmin(user);
        try {
            schedules.update(id, form.toDraft(), dates.organisationZone(), user.getName(), admin);
            redirect.addFlashAttribute("notice", "schedule.saved");
            return "redirect:/reports/schedules/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(schedules.get(id, user.getName(), admin), form, e.violations(), user, model);
        }
    }

    @PostMapping("/reports/schedules/{id}/delete")
    @PreAuthorize(ScheduleApi.OWNERS)
    String delete(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
        schedules.delete(id, user.getName(), ScheduleApi.isAdmin(user));
        redirect.addFlashAttribute("notice", "schedule.deleted");
        return "redirect:/reports/schedules";
    }

    @PostMapping("/reports/schedules/{id}/run")
    @PreAuthorize(ScheduleApi.OWNERS)
    String sendNow(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
        ScheduleRun run = schedules.sendNow(id, user.getName(), ScheduleApi.isAdmin(user));
        redirect.addFlashAttribute(
                "notice", run.outcome() == ScheduleRun.Outcome.SENT ? "schedule.run.queued" : "schedule.run.failed");
        return "redirect:/reports/schedules/" + id;
    }

    /** Lets Spring Security answer a refused role with its 403 instead of the generic error mapping. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    private String form(
            @Nullable ReportSchedule schedule,
            ScheduleForm form,
            List<FieldViolation> violations,
            Authentication user,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : violations) {
            errors.putIfAbsent(field(v.field()), "violation." + v.code());
        }
        model.addAttribute("schedule", schedule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "runs",
                schedule == null
                        ? List.of()
                        : schedules.runs(schedule.id(), user.getName(), ScheduleApi.isAdmin(user)));
        model.addAttribute(
                "periodTypes", List.of(Period.Type.DAY, Period.Type.WEEK, Period.Type.MONTH, Period.Type.QUARTER));
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("teams", teams.active());
        model.addAttribute("products", catalog.active(Catalog.Kind.PRODUCT));
        model.addAttribute("categories", catalog.active(Catalog.Kind.CATEGORY));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("languages", ScheduleDraft.LANGUAGES);
        model.addAttribute("computed", Reports.computedKpis());
        model.addAttribute("frequencies", Cadence.Frequency.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("monthDays", IntStream.rangeClosed(1, 31).boxed().toList());
        model.addAttribute(
                "formats",
                Arrays.stream(ReportExports.Format.values())
                        .map(ReportExports.Format::extension)
                        .toList());
        model.addAttribute("zone", dates.organisationZone().getId());
        return "reports/schedule";
    }

    /** The form field a violation is about: the filters are one group of fields, the mail language its own. */
    private static String field(String field) {
        if (field.startsWith("report.")) {
            return "filter";
        }
        return field.equals("language") ? "mailLanguage" : field;
    }
}
