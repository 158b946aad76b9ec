package org.helpdesk.web.report;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.reporting.Comparison;
import org.helpdesk.reporting.Dimension;
import org.helpdesk.reporting.DrillPage;
import org.helpdesk.reporting.DrillRequest;
import org.helpdesk.reporting.Granularity;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.KpiTargets;
import org.helpdesk.reporting.Period;
import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.ReportQuery;
import org.helpdesk.reporting.Reports;
import org.helpdesk.reporting.Target;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.web.audit.Audited;
import org.helpdesk.web.audit.RequestAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports pages: the KPI dashboard, the tickets behind a figure, exports, and (administrators) targets. Every
 * role may read reports; agents see their own and their teams' figures only.
 */
@Controller
class ReportPages {

    static final int DRILL_PAGE_SIZE = 50;

    private final Reports reports;
    private final KpiTargets targets;
    private final ReportExports exports;
    private final ReportRequests requests;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Teams teams;
    private final Catalog catalog;
    private final RequestAudit audit;

    ReportPages(
            Reports reports,
            KpiTargets targets,
            ReportExports exports,
            ReportRequests requests,
            MessageSource messages,
            JsonMapper json,
            Teams teams,
            Catalog catalog,
            RequestAudit audit) {
        this.reports = reports;
        this.targets = targets;
        this.exports = exports;
        this.requests = requests;
        this.messages = messages;
        this.json = json;
        this.teams = teams;
        this.catalog = catalog;
        this.audit = audit;
    }

    @GetMapping("/reports")
    String dashboard(
            @ModelAttribute("form") ReportForm form,
            @RequestParam(required = false) @Nullable String focus,
            Authentication reader,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReportQuery query;
        ReportForm shown = form;
        try {
            query = requests.query(form, reader);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            shown = new ReportForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            query = requests.query(shown, reader);
        }
        Report report = reports.run(query);
        ReportLinks links = new ReportLinks(request.getContextPath(), shown.parameters());
        Kpi focused = focus == null ? Kpi.RESOLVED_SHARE : Kpi.parse(focus).orElse(Kpi.RESOLVED_SHARE);
        model.addAttribute("report", report);
        model.addAttribute("view", DashboardView.of(report, labels(), links, json, focused));
        model.addAttribute("links", links);
        model.addAttribute("focus", focused);
        model.addAttribute("scoped", !ReaderScope.seesEverything(reader));
        options(shown, model);
        return "reports/dashboard";
    }

    @GetMapping("/reports/tickets")
    String tickets(
            @ModelAttribute("form") ReportForm form,
            @RequestParam String kpi,
            @RequestParam(defaultValue = "false") boolean previous,
            @RequestParam(required = false) @Nullable LocalDate bucket,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String part,
            @RequestParam(defaultValue = "0") int page,
            Authentication reader,
            HttpServletRequest request,
            Model model) {
        DrillRequest drill =
                requests.drill(form, reader, kpi, previous, bucket, group, part, Math.max(page, 0), DRILL_PAGE_SIZE);
        DrillPage tickets = reports.drill(drill);
        ReportLinks links = new ReportLinks(request.getContextPath(), form.parameters());
        model.addAttribute("drill", drill);
        model.addAttribute("tickets", tickets);
        model.addAttribute("links", links);
        model.addAttribute("period", drill.period());
        model.addAttribute("kpiName", labels().text(drill.kpi().nameKey()));
        model.addAttribute("answers", drill.kpi().source() == Kpi.Source.SURVEYS);
        model.addAttribute("money", drill.kpi().unit() == Kpi.Unit.MONEY);
        model.addAttribute("groupName", groupName(drill, group));
        model.addAttribute("pageLink", new PageLinks(links, drill));
        return "reports/drill";
    }

    @GetMapping("/reports/export/{format}")
    @Audited(action = AuditActions.EXPORT, targetType = "report", targetIdVariable = "format")
    ResponseEntity<byte[]> export(@PathVariable String format, ReportForm form, Authentication reader) {
        ReportExports.Format which =
                ReportExports.Format.parse(format).orElseThrow(() -> new NotFoundException("export format", format));
        Report report = reports.run(requests.query(form, reader));
        return ReportFiles.response(which, report, exports.write(which, report, labels()));
    }

    @GetMapping("/reports/targets")
    @PreAuthorize("hasRole('ADMIN')")
    String targets(Model model) {
        model.addAttribute("settings", targets.all());
        model.addAttribute("comparisons", Comparison.values());
        return "reports/targets";
    }

    @PostMapping("/reports/targets/{kpi}")
    @PreAuthorize("hasRole('ADMIN')")
    String setTarget(
            @PathVariable String kpi,
            @RequestParam(required = false) @Nullable String comparison,
            @RequestParam(required = false) @Nullable BigDecimal value,
            @RequestParam(required = false) @Nullable BigDecimal amberTolerance,
            Authentication admin,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        Kpi which = ReportRequests.kpi(kpi);
        try {
            Target target = new ReportApi.TargetBody(comparison, value, amberTolerance).toTarget();
            targets.set(which, target, admin.getName());
            audit.record(request, TargetAudit.ACTION, "kpi", which.id(), TargetAudit.details(target));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            model.addAttribute("failed", which);
            return targets(model);
        }
        redirect.addFlashAttribute("notice", "report.targets.saved");
        return "redirect:/reports/targets";
    }

    @PostMapping("/reports/targets/{kpi}/reset")
    @PreAuthorize("hasRole('ADMIN')")
    String resetTarget(@PathVariable String kpi, HttpServletRequest request, RedirectAttributes redirect) {
        Kpi which = ReportRequests.kpi(kpi);
        targets.reset(which);
        audit.record(request, TargetAudit.ACTION, "kpi", which.id(), Map.of("reset", true));
        redirect.addFlashAttribute("notice", "report.targets.saved");
        return "redirect:/reports/targets";
    }

    /** Lets Spring Security answer a refused role with its 403 instead of the generic error mapping. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    /** Links to the other pages of a drill-down. */
    record PageLinks(ReportLinks links, DrillRequest drill) {

        public String to(int page) {
            String base = links.drill(
                    drill.kpi().id(),
                    drill.previousPeriod(),
                    drill.bucket(),
                    drill.group(),
                    drill.part() == DrillRequest.Part.MATCHING);
            return base + (base.contains("?") ? "&" : "?") + "page=" + page;
        }
    }

    private @Nullable String groupName(DrillRequest drill, @Nullable String group) {
        Dimension dimension = drill.query().breakdown();
        if (group == null || dimension == null) {
            return null;
        }
        if (DrillRequest.NO_GROUP.equals(group)) {
            return labels().text("report.group.none");
        }
        return dimension.codeMessagePrefix() == null ? group : labels().text(dimension.codeMessagePrefix() + group);
    }

    private void options(ReportForm form, Model model) {
        model.addAttribute("periodTypes", Period.Type.values());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("teams", teams.active());
        model.addAttribute("products", catalog.active(Catalog.Kind.PRODUCT));
        model.addAttribute("categories", catalog.active(Catalog.Kind.CATEGORY));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("types", TicketType.values());
        model.addAttribute("languages", List.of("en", "ru", "bg"));
        model.addAttribute("computed", Reports.computedKpis());
        model.addAttribute("selected", new Selected(form));
        model.addAttribute(
                "formats",
                Arrays.stream(ReportExports.Format.values())
                        .map(f -> f.extension())
                        .toList());
    }

    /** The single choices preselected in the filter lists. */
    record Selected(
            @Nullable String team,
            @Nullable String product,
            @Nullable String category,
            @Nullable String channel,
            @Nullable String priority,
            @Nullable String type,
            @Nullable String language) {

        Selected(ReportForm form) {
            this(
                    ReportForm.first(form.team()),
                    ReportForm.first(form.product()),
                    ReportForm.first(form.category()),
                    ReportForm.first(form.channel()),
                    ReportForm.first(form.priority()),
                    ReportForm.first(form.type()),
                    ReportForm.first(form.language()));
        }
    }

    private MessageLabels labels() {
        return new MessageLabels(messages, LocaleContextHolder.getLocale());
    }
}
