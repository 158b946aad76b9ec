package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.util.List;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The per-address limit sits in both security chains, before the credentials are checked, and counts form and HTTP
 * Basic sign-ins together (what it answers is {@link RequestRateLimitTest}'s subject; the shared test app runs with
 * limits too high to reach).
 */
@HelpdeskIntegrationTest
class RequestRateLimitIT {

    @Autowired
    FilterChainProxy security;

    @Autowired
    RequestRateLimit rateLimit;

    @Test
    void theApiChecksTheLimitBeforeHttpBasicAndThePagesBeforeTheFormLogin() {
        List<Filter> api = filtersFor("/api/v1/tickets");
        List<Filter> pages = filtersFor("/login");

        assertThat(api).contains(rateLimit);
        assertThat(api.indexOf(rateLimit)).isLessThan(indexOf(api, BasicAuthenticationFilter.class));
        assertThat(pages).contains(rateLimit);
        assertThat(pages.indexOf(rateLimit)).isLessThan(indexOf(pages, UsernamePasswordAuthenticationFilter.class));
    }

    private List<Filter> filtersFor(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        return security.getFilterChains().stream()
                .filter(chain -> chain.matches(request))
                .findFirst()
                .orElseThrow()
                .getFilters();
    }

    private static int indexOf(List<Filter> filters, Class<?> type) {
        for (int i = 0; i < filters.size(); i++) {
            if (type.isInstance(filters.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + filters);
    }
}
