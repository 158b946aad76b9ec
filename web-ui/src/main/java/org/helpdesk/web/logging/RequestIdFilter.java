package org.helpdesk.web.logging;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@value #HEADER} (from a load balancer or another service) when it is a sane
 * token, else a new UUID. The id is in the MDC as {@value #MDC_KEY} while the request is handled, so every log line
 * (plain or JSON) carries it, in the response's {@value #HEADER}, and in problem responses as {@code requestId}. It
 * runs before security, so refusals carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();
    /** Letters, digits and {@code . _ : -}, up to 64: a UUID, a trace id, nothing that could forge a log line. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String known = of(request);
        String id = known != null ? known : accept(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** Error dispatches keep the id of the request that failed (it is still in the request). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** The caller's id when it is a sane token, else a new one. */
    static String accept(@Nullable String offered) {
        return offered != null && SANE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }

    /** The id of the request being handled, if it went through this filter. */
    public static @Nullable String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }
}
