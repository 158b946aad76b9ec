package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestRateLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:05Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final RequestRateLimit limit = new RequestRateLimit(new SecuritySettings.RateLimit(true, 3, 5), clock);

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

        now.set(now.get().plusSeconds(60));
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
        RequestRateLimit off = new RequestRateLimit(new SecuritySettings.RateLimit(false, 1, 1), clock);
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            off.doFilter(request("POST", "/login", "10.0.0.4"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
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
