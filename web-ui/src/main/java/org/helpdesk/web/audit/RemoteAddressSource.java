package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.helpdesk.audit.ChangeSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the request being served, for the audit trail. It is the address the servlet
 * container reports: behind a proxy, configure {@code server.forward-headers-strategy} so that it is the
 * client's and not the proxy's.
 */
@Component
class RemoteAddressSource implements ChangeSource {

    @Override
    public String current() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr).orElse(SYSTEM);
    }

    static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }

    /** {@code api} for the REST API, {@code web} for pages. */
    static String channel(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? "api" : "web";
    }
}
