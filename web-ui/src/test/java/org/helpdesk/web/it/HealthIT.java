package org.helpdesk.web.it;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Probes for load balancers and orchestrators, and component health for administrators. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class HealthIT {

    @Autowired
    MockMvc mvc;

    @Test
    void livenessAndReadinessAreOpenToProbes() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("UP")));
    }

    @Test
    void livenessIsTheAppsOwnStateAndReadinessNeedsTheDatabaseButNotSearch() throws Exception {
        mvc.perform(get("/actuator/health/liveness").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.livenessState.status", is("UP")))
                .andExpect(jsonPath("$.components.db").doesNotExist())
                .andExpect(jsonPath("$.components.elasticsearch").doesNotExist());
        mvc.perform(get("/actuator/health/readiness").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.readinessState.status", is("UP")))
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.elasticsearch").doesNotExist());
    }

    @Test
    void administratorsSeeDatabaseAndElasticsearchComponents() throws Exception {
        mvc.perform(get("/actuator/health").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status", is("UP")))
                .andExpect(jsonPath("$.components.elasticsearch.status", is("UP")))
                .andExpect(jsonPath("$.components.elasticsearch.details.pendingChanges")
                        .exists());
    }

    @Test
    void anonymousVisitorsSeeOnlyTheOverallStatus() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }
}
