package org.helpdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The database going away outside any controller is a 503 too; every other failure passes through untouched. */
class DatabaseOutageFilterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DatabaseOutageFilter filter = new DatabaseOutageFilter(JSON);

    @Test
    void anApiRequestWhoseFilterLostTheDatabaseGetsA503Problem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/tickets"), response, (request, ignored) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new SQLException("x"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:database-unavailable");
    }

    @Test
    void aPageGetsThe503ErrorPageAndARollbackThatFailedTooStillCounts() throws Exception {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(
                new CannotGetJdbcConnectionException("lost", new SQLException("terminating connection", "57P01")));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/tickets"), response, (request, ignored) -> {
            throw new ServletException(rollbackFailed);
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getErrorMessage()).isNull();
    }

    @Test
    void aCommitAndItsRollbackThatBothLostTheConnectionCount() throws Exception {
        // Spring logs the commit's failure and throws only the rollback's, without an application exception.
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/tickets"), response, (request, ignored) -> {
            throw rollbackFailed;
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void otherFailuresAreNotItsBusiness() {
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest("GET", "/api/v1/tickets"),
                        new MockHttpServletResponse(),
                        (request, ignored) -> {
                            throw new IllegalStateException("boom");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> filter.doFilter(
                        new MockHttpServletRequest("GET", "/api/v1/tickets"),
                        new MockHttpServletResponse(),
                        (request, ignored) -> {
                            throw new TransactionSystemException("commit failed", new SQLException("x", "40001"));
                        }))
                .isInstanceOf(TransactionSystemException.class);
    }
}
