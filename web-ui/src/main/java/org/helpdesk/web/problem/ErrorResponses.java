package org.helpdesk.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.search.ReindexAlreadyRunningException;
import org.helpdesk.search.SearchUnavailableException;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.ForbiddenException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.logging.RequestIdFilter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every error of the app is answered here: problem JSON (RFC 9457) for {@code /api/**}, a friendly
 * page otherwise. Nothing ever shows a stack trace or an internal message to the user.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
    static final String TYPE_BASE = "urn:helpdesk:problem:";

    /** PostgreSQL's data exceptions for text: value too long, character not in the encoding, untranslatable. */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22001", "22021", "22P05");

    @ExceptionHandler(InvalidInputException.class)
    Object invalidInput(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.");
        problem.setProperty("errors", e.violations());
        return respond(problem, request, "error/4xx");
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
        return respond(problem, request, "error/404");
    }

    /** Visible but not the caller's to change, e.g. a search someone else shared. */
    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        return respond(problem(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()), request, "error/4xx");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST, "malformed-body", "The request body is not valid JSON of the expected shape.");
        return respond(problem, request, "error/4xx");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.");
        problem.setProperty(
                "errors", List.of(new FieldViolation(e.getName(), "invalid_value", "has an invalid value")));
        return respond(problem, request, "error/4xx");
    }

    /**
     * Text PostgreSQL cannot take reached a statement: a NUL character (in a search filter, a name, a file name) or a
     * value longer than its column. The caller's input, refused as a whole (the transaction rolls back). A database
     * that cannot be reached is a 503 ({@link DatabaseUnavailable}); any other database error stays a 500.
     */
    @ExceptionHandler(DataAccessException.class)
    Object database(DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
        String state = sqlState(e);
        if (state == null || !UNSTORABLE_TEXT.contains(state)) {
            return other(e, request, response);
        }
        log.debug("Unstorable text on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-text",
                "The request has text that cannot be stored, such as a NUL character or a value far too long.");
        return respond(problem, request, "error/4xx");
    }

    private static @Nullable String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    @ExceptionHandler(ReindexAlreadyRunningException.class)
    Object rebuildRunning(ReindexAlreadyRunningException e, HttpServletRequest request) {
        return respond(problem(HttpStatus.CONFLICT, "rebuild-running", e.getMessage()), request, "error/4xx");
    }

    /** A stale edit: someone changed the same fields since; the problem lists what they changed. */
    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("changes", e.changes());
        return respond(problem, request, "error/4xx");
    }

    @ExceptionHandler(InvalidTransitionException.class)
    Object invalidTransition(InvalidTransitionException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "invalid-transition", e.getMessage());
        problem.setProperty("from", e.from());
        problem.setProperty("to", e.to());
        problem.setProperty("reason", e.reason());
        return respond(problem, request, "error/4xx");
    }

    @ExceptionHandler({ContentTooLargeException.class, MaxUploadSizeExceededException.class})
    Object tooLarge(Exception e, HttpServletRequest request) {
        ProblemDetail problem =
                problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "The upload is larger than the allowed size.");
        if (e instanceof ContentTooLargeException tooLarge) {
            problem.setProperty("limitBytes", tooLarge.limitBytes());
        }
        return respond(problem, request, "error/4xx");
    }

    /** A request that should be multipart and is not, or is broken: the client's mistake, not ours. */
    @ExceptionHandler(MultipartException.class)
    Object notMultipart(MultipartException e, HttpServletRequest request) {
        return respond(
                problem(HttpStatus.BAD_REQUEST, "invalid-upload", "Send the file as multipart/form-data."),
                request,
                "error/4xx");
    }

    @ExceptionHandler(SearchUnavailableException.class)
    Object searchUnavailable(SearchUnavailableException e, HttpServletRequest request) {
        log.warn("Search unavailable: {}", e.getMessage(), e.getCause());
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "search-unavailable",
                "Search is temporarily unavailable. Changes are kept and will be searchable when it returns.");
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE);
        return isApi(request)
                ? builder.header(HttpHeaders.RETRY_AFTER, "30")
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(withInstance(problem, request))
                : page("error/503", HttpStatus.SERVICE_UNAVAILABLE, problem);
    }

    /**
     * PostgreSQL could not be reached (restarting, down, no free connection): the request's transaction rolled back as a
     * whole, and the caller may try again after {@code Retry-After} seconds. Pages get the 503 page with the same header.
     */
    private static Object databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn(
                "Database unavailable on {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                mostSpecificMessage(e));
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "database-unavailable",
                "The database is temporarily unavailable, so the request was not completed. Try again shortly.");
        problem.setProperty("retryAfterSeconds", Integer.parseInt(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (isApi(request)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(withInstance(problem, request));
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE, problem);
    }

    private static String mostSpecificMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** Spring Security answers these itself (401 / 403, or the sign-in page): hand them back to it. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /**
     * Spring's own web errors (405, 415, 404 for unknown paths, ...) keep their status; a database that cannot be
     * reached is a 503, however it is wrapped (a transaction that cannot begin, a failure while a page renders); the rest
     * is a 500. A client that went away while the answer was written is nobody's error: nothing is sent, and it is
     * logged only at debug.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, HttpServletResponse response) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return new ModelAndView(); // empty: handled, nothing to render
        }
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, request, response);
        }
        if (e instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            ProblemDetail problem = error.getBody();
            problem.setType(URI.create(TYPE_BASE + (status.value() == 404 ? "not-found" : "request-rejected")));
            return respond(problem, request, status.value() == 404 ? "error/404" : "error/4xx");
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side. It has been logged.");
        return respond(problem, request, "error/5xx");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    private static Object respond(ProblemDetail problem, HttpServletRequest request, String view) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (isApi(request)) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(withInstance(problem, request));
        }
        return page(view, status, problem);
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        String requestId = RequestIdFilter.of(request);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }

    private static ModelAndView page(String view, HttpStatusCode status, ProblemDetail problem) {
        return new ModelAndView(view, Map.of("problem", problem), status);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
