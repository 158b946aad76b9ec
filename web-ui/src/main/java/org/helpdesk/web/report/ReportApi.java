package org.helpdesk.web.report;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.reporting.Comparison;
import org.helpdesk.reporting.DrillPage;
import org.helpdesk.reporting.Kpi;
import org.helpdesk.reporting.KpiTargets;
import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportExports;
import org.helpdesk.reporting.Reports;
import org.helpdesk.reporting.Target;
import org.helpdesk.reporting.TargetSetting;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.audit.Audited;
import org.helpdesk.web.audit.RequestAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over REST. {@code GET /api/v1/reports} computes every KPI for a period (parameters as on the page: period,
 * date, from, to, trend, by, and repeatable filters team, agent, product, category, channel, language, priority,
 * type); the same numbers as the page and the exports. Agents get their own and their teams' figures.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApi {

    private final Reports reports;
    private final KpiTargets targets;
    private final ReportExports exports;
    private final ReportRequests requests;
    private final MessageSource messages;
    private final RequestAudit audit;

    ReportApi(
            Reports reports,
            KpiTargets targets,
            ReportExports exports,
            ReportRequests requests,
            MessageSource messages,
            RequestAudit audit) {
        this.reports = reports;
        this.targets = targets;
        this.exports = exports;
        this.requests = requests;
        this.messages = messages;
        this.audit = audit;
    }

    /** The KPI catalogue: id, unit, which direction is better, formula, whether it is computed, and targets. */
    @GetMapping("/kpis")
    List<KpiInfo> catalogue() {
        return targets.all().stream().map(KpiInfo::of).toList();
    }

    @GetMapping
    Report report(ReportForm form, Authentication reader) {
        return reports.run(requests.query(form, reader));
    }

    /**
     * The tickets behind a figure: {@code previous} for the previous period, {@code bucket} (a trend step's first
     * day) or {@code group} (a breakdown key, {@code -} for none), {@code part} all or matching.
     */
    @GetMapping("/kpis/{kpi}/tickets")
    DrillPage tickets(
            @PathVariable String kpi,
            ReportForm form,
            @RequestParam(defaultValue = "false") boolean previous,
            @RequestParam(required = false) @Nullable LocalDate bucket,
            @RequestParam(required = false) @Nullable String group,
            @RequestParam(required = false) @Nullable String part,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication reader) {
        return reports.drill(requests.drill(form, reader, kpi, previous, bucket, group, part, page, size));
    }

    /** The report as a file: csv, xlsx or pdf. */
    @GetMapping(path = "/export/{format}", produces = MediaType.ALL_VALUE)
    @Audited(action = AuditActions.EXPORT, targetType = "report", targetIdVariable = "format")
    ResponseEntity<byte[]> export(@PathVariable String format, ReportForm form, Authentication reader) {
        ReportExports.Format which =
                ReportExports.Format.parse(format).orElseThrow(() -> new NotFoundException("export format", format));
        Report report = reports.run(requests.query(form, reader));
        return ReportFiles.response(
                which,
                report,
                exports.write(which, report, new MessageLabels(messages, LocaleContextHolder.getLocale())));
    }

    @GetMapping("/targets")
    List<TargetSetting> targets() {
        return targets.all();
    }

    /** Sets a KPI's target; {@code {"comparison": null}} removes it (the KPI then has none). */
    @PutMapping(path = "/targets/{kpi}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    TargetSetting setTarget(
            @PathVariable String kpi, @RequestBody TargetBody body, Authentication admin, HttpServletRequest request) {
        Kpi which = ReportRequests.kpi(kpi);
        Target target = body.toTarget();
        targets.set(which, target, admin.getName());
        audit.record(request, TargetAudit.ACTION, "kpi", which.id(), TargetAudit.details(target));
        return setting(which);
    }

    @DeleteMapping("/targets/{kpi}")
    @PreAuthorize("hasRole('ADMIN')")
    TargetSetting resetTarget(@PathVariable String kpi, HttpServletRequest request) {
        Kpi which = ReportRequests.kpi(kpi);
        targets.reset(which);
        audit.record(request, TargetAudit.ACTION, "kpi", which.id(), Map.of("reset", true));
        return setting(which);
    }

    /** Lets Spring Security answer a refused role with its 403 instead of the generic error mapping. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    private TargetSetting setting(Kpi kpi) {
        return targets.all().stream().filter(s -> s.kpi() == kpi).findFirst().orElseThrow();
    }

    /** A target as JSON: {@code {"comparison": "GE", "value": 95, "amberTolerance": 5}}. */
    record TargetBody(
            @Nullable String comparison,
            @Nullable BigDecimal value,
            @Nullable BigDecimal amberTolerance) {

        @Nullable
        Target toTarget() {
            if (comparison == null || comparison.isBlank()) {
                return null;
            }
            Comparison which;
            try {
                which = Comparison.valueOf(comparison.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("comparison", "unknown_value", "must be GT, GE, LT or LE");
            }
            if (value == null) {
                throw InvalidInputException.of("value", "required", "a target needs a value");
            }
            return new Target(which, value, amberTolerance == null ? BigDecimal.ZERO : amberTolerance);
        }
    }

    record KpiInfo(
            String id,
            String kpi,
            String nameKey,
            Kpi.Unit unit,
            Kpi.Direction direction,
            Kpi.Source source,
            boolean computed,
            String formula,
            @Nullable Target target,
            @Nullable Target defaultTarget) {

        static KpiInfo of(TargetSetting setting) {
            Kpi k = setting.kpi();
            return new KpiInfo(
                    k.id(),
                    k.name(),
                    k.nameKey(),
                    k.unit(),
                    k.direction(),
                    k.source(),
                    k.computed(),
                    k.formula(),
                    setting.target(),
                    setting.defaultTarget());
        }
    }
}
