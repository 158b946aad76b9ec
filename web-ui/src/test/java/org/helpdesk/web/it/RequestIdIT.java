package org.helpdesk.web.it;

import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.helpdesk.web.logging.RequestIdFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every response says its request id: the caller's when it is a sane token, else a new one; problems carry it too. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class RequestIdIT {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvc mvc;

    @Test
    void theCallersIdIsEchoed() throws Exception {
        mvc.perform(get("/actuator/health/liveness").header(RequestIdFilter.HEADER, "lb-7f3a.42:1"))
                .andExpect(status().isOk())
                .andExpect(header().string(RequestIdFilter.HEADER, "lb-7f3a.42:1"));
    }

    @Test
    void withoutAnIdOrWithAnInsaneOneANewOneIsMade() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(header().string(RequestIdFilter.HEADER, matchesPattern(UUID_PATTERN)));
        for (String insane : new String[] {"a b", "x\"y", "<script>", "-leading-dash", "a".repeat(65), ""}) {
            mvc.perform(get("/actuator/health/liveness").header(RequestIdFilter.HEADER, insane))
                    .andExpect(header().string(RequestIdFilter.HEADER, matchesPattern(UUID_PATTERN)))
                    .andExpect(header().string(RequestIdFilter.HEADER, not(insane)));
        }
    }

    @Test
    void problemsCarryTheRequestId() throws Exception {
        mvc.perform(get("/api/v1/tickets/HD-999999999")
                        .header(RequestIdFilter.HEADER, "not-found-probe")
                        .with(user(Personas.ANNA_AGENT).roles("AGENT")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.requestId").value("not-found-probe"));
        mvc.perform(get("/api/v1/tickets").header(RequestIdFilter.HEADER, "refused-probe"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(RequestIdFilter.HEADER, "refused-probe"))
                .andExpect(jsonPath("$.requestId").value("refused-probe"));
    }
}
