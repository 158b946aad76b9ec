package org.helpdesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits how often one client address may try to sign in ({@code POST /login}) and use the public pages
 * ({@code /survey/**}, {@code /complaint/**}, {@code /status/**}), per minute: above the limit the answer is 429 with
 * {@code Retry-After}, before any password is checked or anything is written. Counted in memory per instance (a fixed
 * one-minute window), which is enough to make guessing slow and flooding the complaint form costly; the per-account
 * lockout is what stops guessing one account.
 *
 * <p>HTTP Basic on the API shares the sign-in limit, but counts only refused credentials (a 401): an integration
 * signs in on every call, a guesser fails on almost every call. Once an address has used up the limit, every Basic
 * request from it is answered 429 (problem JSON) until the minute ends, before the password is checked.
 */
class RequestRateLimit extends OncePerRequestFilter {

    enum Bucket {
        SIGN_IN,
        PUBLIC
    }

    static final int MAX_TRACKED_ADDRESSES = 100_000;
    /** The pages anyone may use without signing in: survey answers, the complaint form, customers' status pages. */
    static final List<String> PUBLIC_AREAS = List.of("/survey", "/complaint", "/status");

    private final SecuritySettings.RateLimit limits;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final JsonMapper json;

    RequestRateLimit(SecuritySettings.RateLimit limits, Clock clock, JsonMapper json) {
        this.limits = limits;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.enabled() && isBasicSignIn(request)) {
            basicSignIn(request, response, chain);
            return;
        }
        Bucket bucket = bucketOf(request);
        if (bucket != null && limits.enabled() && !allow(bucket, request.getRemoteAddr())) {
            response.setHeader("Retry-After", String.valueOf(secondsToNextMinute()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many requests; try again in a minute");
            return;
        }
        chain.doFilter(request, response);
    }

    private void basicSignIn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        if (window(Bucket.SIGN_IN, address).count.get() >= limits.signInPerMinute()) {
            long seconds = secondsToNextMinute();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins from your address; try again in " + seconds + " seconds.");
            problem.setType(URI.create("urn:helpdesk:problem:too-many-sign-ins"));
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            window(Bucket.SIGN_IN, address).count.incrementAndGet();
        }
    }

    /** An API call carrying a user name and password (HTTP Basic). */
    static boolean isBasicSignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return path.startsWith("/api/")
                && authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length());
    }

    static @Nullable Bucket bucketOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") && "POST".equalsIgnoreCase(request.getMethod())) {
            return Bucket.SIGN_IN;
        }
        for (String area : PUBLIC_AREAS) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return Bucket.PUBLIC;
            }
        }
        return null;
    }

    boolean allow(Bucket bucket, String address) {
        int limit = bucket == Bucket.SIGN_IN ? limits.signInPerMinute() : limits.publicPerMinute();
        return window(bucket, address).count.incrementAndGet() <= limit;
    }

    /** This minute's count for the address, a fresh one when the minute has changed. */
    private Window window(Bucket bucket, String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        return windows.compute(
                bucket + "|" + address, (key, old) -> old == null || old.minute != minute ? new Window(minute) : old);
    }

    private long secondsToNextMinute() {
        return 60 - (clock.millis() / 1000) % 60;
    }

    private static final class Window {
        final long minute;
        final AtomicInteger count = new AtomicInteger();

        Window(long minute) {
            this.minute = minute;
        }
    }
}
