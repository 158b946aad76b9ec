package org.helpdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/** The last-resort handler: a real failure is a 500 problem, a client that hung up is not an error at all. */
class ErrorResponsesTest {

    private final ErrorResponses responses = new ErrorResponses();

    @Test
    void aClientThatHungUpGetsNothingWritten() {
        Object answer = responses.other(
                new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe")),
                new MockHttpServletRequest("GET", "/api/v1/reports"),
                new MockHttpServletResponse());

        assertThat(answer)
                .isInstanceOfSatisfying(
                        ModelAndView.class, mav -> assertThat(mav.isEmpty()).isTrue());
    }

    @Test
    void anUnexpectedFailureIsA500Problem() {
        Object answer = responses.other(
                new IllegalStateException("boom"),
                new MockHttpServletRequest("GET", "/api/v1/reports"),
                new MockHttpServletResponse());

        assertThat(answer)
                .isInstanceOfSatisfying(
                        ResponseEntity.class,
                        r -> assertThat(r.getStatusCode().value()).isEqualTo(500));
    }

    @Test
    void textTheDatabaseCannotStoreIsTheCallersMistake() {
        Object answer = responses.database(
                new DataIntegrityViolationException(
                        "insert", new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")),
                new MockHttpServletRequest("GET", "/api/v1/audit"),
                new MockHttpServletResponse());

        assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, r -> {
            assertThat(r.getStatusCode().value()).isEqualTo(400);
            assertThat(((ProblemDetail) r.getBody()).getType().toString())
                    .isEqualTo("urn:helpdesk:problem:invalid-text");
        });
    }

    @Test
    void anyOtherDatabaseFailureStaysA500() {
        Object answer = responses.database(
                new DataIntegrityViolationException("insert", new SQLException("duplicate key", "23505")),
                new MockHttpServletRequest("POST", "/api/v1/teams"),
                new MockHttpServletResponse());

        assertThat(answer)
                .isInstanceOfSatisfying(
                        ResponseEntity.class,
                        r -> assertThat(r.getStatusCode().value()).isEqualTo(500));
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfter() {
        Object answer = responses.database(
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLException("Connection to localhost:5432 refused", "08001")),
                new MockHttpServletRequest("POST", "/api/v1/tickets"),
                new MockHttpServletResponse());

        assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, r -> {
            assertThat(r.getStatusCode().value()).isEqualTo(503);
            assertThat(r.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            ProblemDetail problem = (ProblemDetail) r.getBody();
            assertThat(problem.getType().toString()).isEqualTo("urn:helpdesk:problem:database-unavailable");
            assertThat(problem.getProperties()).containsEntry("retryAfterSeconds", 5);
        });
    }

    @Test
    void aTransactionThatCannotBeginOrAServerShuttingDownIsA503Too() {
        Object noTransaction = responses.other(
                new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction",
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")),
                new MockHttpServletRequest("POST", "/api/v1/tickets"),
                new MockHttpServletResponse());
        Object shutdown = responses.database(
                new UncategorizedSQLException(
                        "insert",
                        "insert into ticket ...",
                        new SQLException("terminating connection due to administrator command", "57P01")),
                new MockHttpServletRequest("POST", "/api/v1/tickets"),
                new MockHttpServletResponse());

        for (Object answer : new Object[] {noTransaction, shutdown}) {
            assertThat(answer)
                    .isInstanceOfSatisfying(
                            ResponseEntity.class,
                            r -> assertThat(r.getStatusCode().value()).isEqualTo(503));
        }
    }

    @Test
    void aPageWhoseDatabaseCannotBeReachedShowsThe503PageWithRetryAfter() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        Object answer = responses.other(
                new IllegalStateException(
                        "rendering failed",
                        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException())),
                new MockHttpServletRequest("GET", "/tickets"),
                response);

        assertThat(answer).isInstanceOfSatisfying(ModelAndView.class, mav -> {
            assertThat(mav.getViewName()).isEqualTo("error/503");
            assertThat(mav.getStatus().value()).isEqualTo(503);
        });
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    }
}
