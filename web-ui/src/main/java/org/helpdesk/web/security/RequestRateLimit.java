package org.helpdesk.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client address may try to sign in ({@code POST /login}) and use the public pages
 * ({@code /survey/**}, {@code /complaint/**}, {@code /status/**}), per minute: above the limit the answer is 429 with
 * {@code Retry-After}, before any password is checked or anything is written. Counted in memory per instance (a fixed
 * one-minute window), which is enough to make guessing slow and flooding the complaint form costly; the per-account
 * lockout is what stops guessing one account.
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

    RequestRateLimit(SecuritySettings.RateLimit limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = bucketOf(request);
        if (bucket != null && limits.enabled() && !allow(bucket, request.getRemoteAddr())) {
            response.setHeader("Retry-After", String.valueOf(secondsToNextMinute()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many requests; try again in a minute");
            return;
        }
        chain.doFilter(request, response);
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
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED_ADDRESSES) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        int limit = bucket == Bucket.SIGN_IN ? limits.signInPerMinute() : limits.publicPerMinute();
        Window window = windows.compute(
                bucket + "|" + address, (key, old) -> old == null || old.minute != minute ? new Window(minute) : old);
        return window.count.incrementAndGet() <= limit;
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
