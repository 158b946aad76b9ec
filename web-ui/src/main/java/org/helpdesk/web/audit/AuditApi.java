package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditFilter;
import org.helpdesk.audit.AuditPage;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.audit.AuditVerification;
import org.helpdesk.web.i18n.DateDisplay;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over REST, read-only, for auditors and administrators. The role check sits on each
 * handler rather than the class, so that the 403 handler itself stays reachable.
 */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApi {

    private final AuditTrail trail;
    private final RequestAudit audit;
    private final DateDisplay dates;

    AuditApi(AuditTrail trail, RequestAudit audit, DateDisplay dates) {
        this.trail = trail;
        this.audit = audit;
        this.dates = dates;
    }

    /** Entries newest first; see {@link AuditQuery} for the filters. */
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    @GetMapping
    AuditPage list(
            AuditQuery query,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest request) {
        audit.record(request, AuditActions.AUDIT_LOG_VIEWED, "audit_log", null, Map.of());
        AuditFilter filter = query.toFilter(ZoneId.of(dates.zone()));
        return trail.find(filter, page, size);
    }

    /** Recomputes the whole chain; {@code ok} is false with the first broken entry when it was tampered with. */
    @PreAuthorize("hasAnyRole('AUDITOR','ADMIN')")
    @GetMapping("/verify")
    AuditVerification verify(HttpServletRequest request) {
        AuditVerification result = trail.verify();
        audit.record(request, AuditActions.AUDIT_VERIFIED, "audit_log", null, VerificationDetails.of(result));
        return result;
    }

    /** A role that may not read the trail gets the API's 403 problem, not the generic error mapping's 500. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
