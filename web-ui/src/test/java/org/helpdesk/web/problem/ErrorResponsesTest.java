package org.helpdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** The last-resort handler: a real failure is a 500 problem, a client that hung up is not an error at all. */
class ErrorResponsesTest {

    private final ErrorResponses responses = new ErrorResponses();

    @Test
    void aClientThatHungUpGetsNothingWritten() {
        Object answer = responses.other(
                new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe")),
                new MockHttpServletRequest("GET", "/api/v1/reports"));

        assertThat(answer)
                .isInstanceOfSatisfying(
                        ModelAndView.class, mav -> assertThat(mav.isEmpty()).isTrue());
    }

    @Test
    void anUnexpectedFailureIsA500Problem() {
        Object answer = responses.other(
                new IllegalStateException("boom"), new MockHttpServletRequest("GET", "/api/v1/reports"));

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
                new MockHttpServletRequest("GET", "/api/v1/audit"));

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
                new MockHttpServletRequest("POST", "/api/v1/teams"));

        assertThat(answer)
                .isInstanceOfSatisfying(
                        ResponseEntity.class,
                        r -> assertThat(r.getStatusCode().value()).isEqualTo(500));
    }
}
