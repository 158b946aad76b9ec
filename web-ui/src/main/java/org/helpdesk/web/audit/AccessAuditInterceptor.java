package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Writes reads that auditors must see into the audit trail before they are served: every ticket search
 * (the page and the API) and every handler marked {@link Audited}. If the entry cannot be written, the
 * request fails rather than going unrecorded. Handlers marked {@link AuditedByHandler} record themselves.
 */
class AccessAuditInterceptor implements HandlerInterceptor {

    /** Ticket searches; saved search definitions under {@code /api/v1/search/saved} are not searches of tickets. */
    static final List<PathPattern> SEARCHES = List.of(
            PathPatternParser.defaultInstance.parse("/search"),
            PathPatternParser.defaultInstance.parse("/api/v1/search/tickets/**"));

    private final RequestAudit audit;

    AccessAuditInterceptor(RequestAudit audit) {
        this.audit = audit;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.hasMethodAnnotation(AuditedByHandler.class)) {
            return true;
        }
        Audited audited = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Audited.class);
        if (audited == null) {
            audited = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Audited.class);
        }
        if (audited != null) {
            audit.record(request, audited.action(), audited.targetType(), targetId(request, audited), Map.of());
        } else if (isSearch(request)) {
            audit.record(request, AuditActions.SEARCH, "ticket", null, Map.of());
        }
        return true;
    }

    private static boolean isSearch(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return SEARCHES.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static @Nullable String targetId(HttpServletRequest request, Audited audited) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.get(audited.targetIdVariable()) instanceof String id
                ? id.substring(0, Math.min(id.length(), AuditEntry.TARGET_ID_MAX))
                : null;
    }
}
