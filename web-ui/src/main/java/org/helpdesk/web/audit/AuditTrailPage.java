package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditPage;
import org.helpdesk.audit.AuditRecord;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.audit.AuditVerification;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.web.i18n.DateDisplay;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail page: filter and page through entries, and check the chain. Read-only, for auditors and
 * administrators; the role check sits on each handler so that the 403 handler itself stays reachable.
 */
@Controller
class AuditTrailPage {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final RequestAudit audit;
    private final DateDisplay dates;
    private final JsonMapper json;

    AuditTrailPage(AuditTrail trail, RequestAudit audit, DateDisplay dates, JsonMapper json) {
        this.trail = trail;
        this.audit = audit;
        this.dates = dates;
        this.json = json;
    }

    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    @GetMapping("/audit")
    String show(
            @ModelAttribute("query") AuditQuery query,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        audit.record(request, AuditActions.AUDIT_LOG_VIEWED, "audit_log", null, Map.of());
        model.addAttribute("verification", trail.lastVerification().orElse(null));
        return render(query, page, model, response);
    }

    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    @GetMapping("/audit/verify")
    String verify(
            @ModelAttribute("query") AuditQuery query,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        AuditVerification result = trail.verify();
        audit.record(request, AuditActions.AUDIT_VERIFIED, "audit_log", null, VerificationDetails.of(result));
        model.addAttribute("verification", result);
        model.addAttribute("justVerified", true);
        return render(query, 0, model, response);
    }

    /** A role that may not read the trail gets the usual 403 page, not the generic error mapping's 500. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private String render(AuditQuery query, int page, Model model, HttpServletResponse response) {
        model.addAttribute("actions", AuditActions.KNOWN);
        try {
            AuditPage entries = trail.find(query.toFilter(ZoneId.of(dates.zone())), Math.max(page, 0), PAGE_SIZE);
            model.addAttribute("entries", entries);
            model.addAttribute("rows", entries.items().stream().map(this::row).toList());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
        }
        return "audit/log";
    }

    private Row row(AuditRecord entry) {
        List<Detail> details = entry.details().entrySet().stream()
                .map(d -> new Detail(d.getKey(), text(d.getValue())))
                .toList();
        return new Row(entry, details);
    }

    private String text(Object value) {
        return value instanceof String s ? s : json.writeValueAsString(value);
    }

    /** An entry prepared for the template; every value is printed as text, so nothing in it is markup. */
    record Row(AuditRecord entry, List<Detail> details) {}

    record Detail(String name, String value) {}
}
