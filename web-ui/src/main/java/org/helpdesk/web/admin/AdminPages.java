package org.helpdesk.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.macro.Macros;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.sla.CalendarId;
import org.helpdesk.sla.OpeningHours;
import org.helpdesk.sla.SlaPolicies;
import org.helpdesk.sla.SlaPolicyDraft;
import org.helpdesk.team.Team;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for teams, categories and products, SLA policies and calendars, and macros. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminPages {

    private final Teams teams;
    private final TeamCosts costs;
    private final Catalog catalog;
    private final SlaPolicies sla;
    private final Macros macros;

    AdminPages(Teams teams, Catalog catalog, SlaPolicies sla, Macros macros, TeamCosts costs) {
        this.teams = teams;
        this.catalog = catalog;
        this.sla = sla;
        this.macros = macros;
        this.costs = costs;
    }

    @GetMapping("/admin")
    String page(Model model) {
        List<Team> all = teams.all();
        model.addAttribute("teams", all);
        model.addAttribute(
                "members", all.stream().map(t -> teams.members(t.id())).toList());
        model.addAttribute("agents", teams.assignableAgents());
        model.addAttribute("currency", costs.currency());
        List<CatalogEntry> categories = catalog.all(Catalog.Kind.CATEGORY);
        model.addAttribute("categories", categories);
        model.addAttribute(
                "categoryNames", categories.stream().collect(Collectors.toMap(CatalogEntry::id, CatalogEntry::name)));
        model.addAttribute("products", catalog.all(Catalog.Kind.PRODUCT));
        model.addAttribute("policies", sla.active());
        model.addAttribute("calendars", sla.calendars());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("macros", macros.all());
        return "admin/index";
    }

    @PostMapping("/admin/teams")
    String createTeam(
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String description,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> teams.create(name, description));
    }

    @PostMapping("/admin/teams/{id}/hourly-cost")
    String setHourlyCost(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String hourlyCost,
            HttpServletRequest request,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> costs.set(new TeamId(id), cost(hourlyCost), request));
    }

    private static @Nullable BigDecimal cost(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("hourlyCost", "out_of_range", "must be an amount such as 42.50");
        }
    }

    @PostMapping("/admin/teams/{id}/members")
    String addMember(
            @PathVariable UUID id,
            @RequestParam String username,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> {
            teams.addMember(new TeamId(id), username);
            return null;
        });
    }

    @PostMapping("/admin/teams/{id}/members/{userId}/remove")
    String removeMember(
            @PathVariable UUID id, @PathVariable UUID userId, RedirectAttributes r, Model m, HttpServletResponse res) {
        return act(r, m, res, () -> {
            teams.removeMember(new TeamId(id), userId);
            return null;
        });
    }

    @PostMapping("/admin/catalog/{kind}")
    String addEntry(
            @PathVariable String kind,
            @RequestParam String name,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> catalog.add(kind(kind), name));
    }

    @PostMapping("/admin/catalog/{kind}/{id}/active")
    String toggle(
            @PathVariable String kind,
            @PathVariable UUID id,
            @RequestParam boolean active,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> {
            catalog.setActive(kind(kind), id, active);
            return null;
        });
    }

    @PostMapping("/admin/sla/policies")
    String definePolicy(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable UUID categoryId,
            @RequestParam(required = false) @Nullable UUID calendarId,
            @RequestParam(defaultValue = "0") int firstResponseMinutes,
            @RequestParam(defaultValue = "0") int resolutionMinutes,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(
                r,
                m,
                res,
                () -> sla.define(new SlaPolicyDraft(
                        name,
                        priority,
                        categoryId == null ? null : new CategoryId(categoryId),
                        calendarId == null ? null : new CalendarId(calendarId),
                        firstResponseMinutes,
                        resolutionMinutes)));
    }

    /** Sets a calendar's zone and the same opening hours on each ticked weekday. */
    @PostMapping("/admin/sla/calendars/{id}/hours")
    String defineHours(
            @PathVariable UUID id,
            @RequestParam String timeZone,
            @RequestParam(name = "day", required = false) @Nullable List<DayOfWeek> days,
            @RequestParam String opens,
            @RequestParam String closes,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> {
            List<OpeningHours> hours = new ArrayList<>();
            try {
                for (DayOfWeek day : days == null ? List.<DayOfWeek>of() : days) {
                    hours.add(new OpeningHours(day, AdminApi.minute(opens), AdminApi.minute(closes)));
                }
            } catch (RuntimeException e) {
                throw InvalidInputException.of(
                        "hours", "invalid_value", "opening hours as HH:MM, opening before closing");
            }
            sla.defineHours(new CalendarId(id), timeZone, hours);
            return null;
        });
    }

    @PostMapping("/admin/sla/calendars/{id}/holidays")
    String addHoliday(
            @PathVariable UUID id,
            @RequestParam LocalDate day,
            @RequestParam String name,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> {
            sla.addHoliday(new CalendarId(id), day, name);
            return null;
        });
    }

    @PostMapping("/admin/sla/calendars/{id}/holidays/{day}/remove")
    String removeHoliday(
            @PathVariable UUID id,
            @PathVariable LocalDate day,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> {
            sla.removeHoliday(new CalendarId(id), day);
            return null;
        });
    }

    @PostMapping("/admin/macros")
    String saveMacro(
            @RequestParam(required = false) @Nullable UUID id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String visibility,
            @RequestParam(required = false) @Nullable String setStatus,
            @RequestParam(defaultValue = "true") boolean active,
            RedirectAttributes r,
            Model m,
            HttpServletResponse res) {
        return act(r, m, res, () -> macros.save(id, name, body, visibility, setStatus, active));
    }

    private static Catalog.Kind kind(String kind) {
        return switch (kind) {
            case "categories" -> Catalog.Kind.CATEGORY;
            case "products" -> Catalog.Kind.PRODUCT;
            default -> throw new org.helpdesk.shared.NotFoundException("list", kind);
        };
    }

    private String act(RedirectAttributes redirect, Model model, HttpServletResponse response, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", "saved.admin");
            return "redirect:/admin";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return page(model);
        }
    }
}
