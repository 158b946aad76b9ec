package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RequestRateLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T10:00:05Z"));
    private final RequestRateLimit limit =
            new RequestRateLimit(new SecuritySettings.RateLimit(true, 3, 5), clock, JSON);

    @Test
    void signInAttemptsAboveTheLimitGet429WithRetryAfterAndNeverReachTheChain() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/login", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(request("POST", "/login", "10.0.0.1"), refused, chain);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("55");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }

    @Test
    void eachAddressAndEachMinuteCountsOnItsOwn() throws Exception {
        for (int i = 0; i < 3; i++) {
            send("POST", "/login", "10.0.0.1");
        }
        assertThat(send("POST", "/login", "10.0.0.1").getStatus()).isEqualTo(429);
        assertThat(send("POST", "/login", "10.0.0.2").getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(60));
        assertThat(send("POST", "/login", "10.0.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void publicPagesHaveTheirOwnLimitAndOtherPagesNone() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/survey/abc", "10.0.0.3").getStatus()).isEqualTo(200);
        }
        assertThat(send("POST", "/survey/abc", "10.0.0.3").getStatus()).isEqualTo(429);
        for (int i = 0; i < 20; i++) {
            assertThat(send("GET", "/login", "10.0.0.3").getStatus()).isEqualTo(200);
            assertThat(send("POST", "/tickets", "10.0.0.3").getStatus()).isEqualTo(200);
        }
    }

    @Test
    void complaintFormAndStatusPagesShareThePublicLimit() throws Exception {
        assertThat(send("GET", "/complaint", "10.0.0.5").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/complaint", "10.0.0.5").getStatus()).isEqualTo(200);
        assertThat(send("GET", "/complaint/sent/HD-1/sig", "10.0.0.5").getStatus())
                .isEqualTo(200);
        assertThat(send("GET", "/status/HD-1/sig", "10.0.0.5").getStatus()).isEqualTo(200);
        assertThat(send("POST", "/status/HD-1/sig", "10.0.0.5").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = send("POST", "/complaint", "10.0.0.5");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(send("GET", "/status/HD-1/sig/attachments/x", "10.0.0.5").getStatus())
                .isEqualTo(429);
        assertThat(send("POST", "/complaint", "10.0.0.6").getStatus()).isEqualTo(200);
    }

    @Test
    void onlyThePublicAreasThemselvesArePublic() {
        assertThat(RequestRateLimit.bucketOf(request("GET", "/complaint", "10.0.0.7")))
                .isEqualTo(RequestRateLimit.Bucket.PUBLIC);
        assertThat(RequestRateLimit.bucketOf(request("GET", "/status/HD-1/sig", "10.0.0.7")))
                .isEqualTo(RequestRateLimit.Bucket.PUBLIC);
        assertThat(RequestRateLimit.bucketOf(request("GET", "/complaints-admin", "10.0.0.7")))
                .isNull();
        assertThat(RequestRateLimit.bucketOf(request("GET", "/statuses", "10.0.0.7")))
                .isNull();
        assertThat(RequestRateLimit.bucketOf(request("GET", "/tickets/HD-1", "10.0.0.7")))
                .isNull();
    }

    @Test
    void aDisabledLimitLetsEverythingThrough() throws Exception {
        RequestRateLimit off = new RequestRateLimit(new SecuritySettings.RateLimit(false, 1, 1), clock, JSON);
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            off.doFilter(request("POST", "/login", "10.0.0.4"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void failedBasicSignInsAboveTheLimitGet429ProblemJsonBeforeThePasswordIsChecked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(basic("10.0.1.1", 401).getStatus()).isEqualTo(401);
        }
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limit.doFilter(basicRequest("10.0.1.1"), refused, chain);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("55");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(refused.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:too-many-sign-ins");
        assertThat(problem.get("detail").asString()).contains("55 seconds");
        assertThat(chain.getRequest()).as("the credentials were not checked").isNull();
        assertThat(basic("10.0.1.2", 401).getStatus()).as("another address").isEqualTo(401);

        clock.advance(Duration.ofSeconds(60));
        assertThat(basic("10.0.1.1", 200).getStatus()).as("the next minute").isEqualTo(200);
    }

    @Test
    void basicCallsThatSignInAreNotCounted() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(basic("10.0.1.3", 200).getStatus()).isEqualTo(200);
            assertThat(basic("10.0.1.3", 403).getStatus()).isEqualTo(403);
        }
        assertThat(basic("10.0.1.3", 401).getStatus()).isEqualTo(401);
    }

    @Test
    void formAndBasicSignInsShareTheAddressesLimit() throws Exception {
        send("POST", "/login", "10.0.1.4");
        send("POST", "/login", "10.0.1.4");
        basic("10.0.1.4", 401);

        assertThat(basic("10.0.1.4", 200).getStatus()).isEqualTo(429);
        assertThat(send("POST", "/login", "10.0.1.4").getStatus()).isEqualTo(429);
    }

    @Test
    void onlyApiCallsWithAUserNameAndPasswordAreBasicSignIns() {
        assertThat(RequestRateLimit.isBasicSignIn(basicRequest("10.0.1.5"))).isTrue();
        MockHttpServletRequest bearer = request("GET", "/api/v1/tickets", "10.0.1.5");
        bearer.addHeader("Authorization", "Bearer abc");
        assertThat(RequestRateLimit.isBasicSignIn(bearer)).isFalse();
        MockHttpServletRequest page = request("GET", "/tickets", "10.0.1.5");
        page.addHeader("Authorization", "basic YTpi");
        assertThat(RequestRateLimit.isBasicSignIn(page)).isFalse();
    }

    /** An API call with HTTP Basic credentials that the rest of the chain answers with {@code status}. */
    private MockHttpServletResponse basic(String address, int status) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(basicRequest(address), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse reply) {
                reply.setStatus(status);
            }
        }));
        return response;
    }

    private static MockHttpServletRequest basicRequest(String address) {
        MockHttpServletRequest request = request("GET", "/api/v1/tickets", address);
        request.addHeader("Authorization", "Basic YW5uYTp3cm9uZw==");
        return request;
    }

    private MockHttpServletResponse send(String method, String path, String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request(method, path, address), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        return request;
    }
}
