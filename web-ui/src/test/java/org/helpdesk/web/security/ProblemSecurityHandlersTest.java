package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sign-in that cannot be checked because the database is down is a 503, not a wrong password. */
class ProblemSecurityHandlersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(
            JSON,
            new SecuritySettings(
                    new SecuritySettings.Sso(
                            false, null, "helpdesk-web", null, "helpdesk-api", Duration.ofSeconds(60), false),
                    new SecuritySettings.Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(30)),
                    new SecuritySettings.RateLimit(true, 30, 60),
                    Duration.ofMinutes(5)));

    @Test
    void aSignInTheDatabaseCouldNotCheckIsA503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.commence(
                new MockHttpServletRequest("POST", "/api/v1/tickets"),
                response,
                new InternalAuthenticationServiceException(
                        "Failed to obtain JDBC Connection",
                        new CannotGetJdbcConnectionException(
                                "Failed to obtain JDBC Connection", new SQLException("refused", "08001"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("WWW-Authenticate")).isNull();
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:database-unavailable");
        assertThat(problem.get("status").asInt()).isEqualTo(503);
    }

    @Test
    void aWrongPasswordStaysA401() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handlers.commence(
                new MockHttpServletRequest("GET", "/api/v1/tickets"),
                response,
                new BadCredentialsException("Bad credentials"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("Retry-After")).isNull();
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic");
    }
}
