package org.helpdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.helpdesk.web.logging.RequestIdFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as RFC 9457 problem JSON, not an HTML login page. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final SecuritySettings settings;

    ProblemSecurityHandlers(JsonMapper json, SecuritySettings settings) {
        this.json = json;
        this.settings = settings;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (settings.sso().enabled()) {
            // RFC 6750: say the token was refused, not why (the reason goes to the log, not to the caller).
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Helpdesk API\"");
        }
        if (settings.localLogin()) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"Helpdesk API\"");
        }
        write(response, request, HttpStatus.UNAUTHORIZED, "Authentication is required to use the API.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
