package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditRecord;
import org.helpdesk.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records a request in the audit trail: who asked, what for (path and parameters), through which channel
 * and from which address. Used for searches, exports and views of the trail itself.
 */
@Component
public class RequestAudit {

    static final int MAX_VALUE_LENGTH = 2000;
    static final int MAX_PARAMETERS = 50;

    private final AuditTrail trail;

    RequestAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** Records {@code request} as {@code action} on a {@code targetType}; {@code extra} is added to the details. */
    public AuditRecord record(
            HttpServletRequest request,
            String action,
            String targetType,
            @Nullable String targetId,
            Map<String, ?> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", RemoteAddressSource.channel(request));
        details.put("method", request.getMethod());
        details.put("path", clip(request.getRequestURI()));
        details.put("parameters", parameters(request));
        details.putAll(extra);
        return trail.record(new AuditEntry(
                actor(request), action, targetType, targetId, details, clip(request.getRemoteAddr(), 200)));
    }

    static String actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null || principal.getName().isBlank()
                ? "anonymous"
                : clip(principal.getName(), AuditEntry.ACTOR_MAX);
    }

    private static Map<String, Object> parameters(HttpServletRequest request) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        request.getParameterMap().entrySet().stream()
                .filter(p -> !p.getKey().equals("_csrf"))
                .limit(MAX_PARAMETERS)
                .forEach(p -> parameters.put(
                        clip(p.getKey(), 100),
                        p.getValue().length == 1
                                ? clip(p.getValue()[0])
                                : Arrays.stream(p.getValue())
                                        .map(RequestAudit::clip)
                                        .toList()));
        return parameters;
    }

    private static String clip(String value) {
        return clip(value, MAX_VALUE_LENGTH);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
