package org.helpdesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.helpdesk.web.logging.RequestIdFilter;
import org.helpdesk.web.problem.DatabaseUnavailable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the API as RFC 9457 problem JSON, not an HTML login page; a sign-in that could not be checked
 * because the database is unreachable is a 503 with {@code Retry-After}, not a 401 (the password may well be right).
 */
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
        if (DatabaseUnavailable.causedBy(e)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            ProblemDetail problem = problem(
                    request,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is temporarily unavailable, so the sign-in could not be checked. Try again shortly.");
            problem.setType(java.net.URI.create("urn:helpdesk:problem:database-unavailable"));
            problem.setProperty("retryAfterSeconds", Integer.parseInt(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            write(response, problem);
            return;
        }
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
        write(response, problem(request, status, detail));
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
