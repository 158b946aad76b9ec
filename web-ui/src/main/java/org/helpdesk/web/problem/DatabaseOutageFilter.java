package org.helpdesk.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.helpdesk.web.logging.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database going away where no controller advice sees it: in a filter, during sign-in, while the reader's locale
 * or time zone is looked up. Such a request gets the same 503 as in {@link ErrorResponses} (problem JSON with
 * {@code Retry-After} for the API, the 503 page otherwise), not the container's 500. Runs right after the request id
 * is set, outside Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final JsonMapper json;

    DatabaseOutageFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            if (!ErrorResponses.isApi(request)) {
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value()); // the error/503 page
                return;
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "The database is temporarily unavailable, so the request was not completed. Try again shortly.");
            problem.setType(URI.create(ErrorResponses.TYPE_BASE + "database-unavailable"));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("retryAfterSeconds", Integer.parseInt(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            String requestId = RequestIdFilter.of(request);
            if (requestId != null) {
                problem.setProperty("requestId", requestId);
            }
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), problem);
        }
    }
}
