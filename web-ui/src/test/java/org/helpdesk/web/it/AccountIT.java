package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/** "My account": each person's pages show times in the zone they chose; bad zones are refused. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class AccountIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheOrganisationsZone() {
        Api.as(port, Personas.QUENTIN_QUALITY).send("PUT", "/api/v1/me/time-zone", "{\"timeZone\": null}");
    }

    private static RequestPostProcessor quentin() {
        return user(Personas.QUENTIN_QUALITY).roles("QUALITY_MANAGER");
    }

    @Test
    void apiShowsTheAccountAndChangesItsZone() {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        JsonNode me = quentin.get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo(Personas.QUENTIN_QUALITY);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("QUALITY_MANAGER");
        assertThat(me.get("timeZone").isNull()).isTrue();

        Api.Reply changed = quentin.send("PUT", "/api/v1/me/time-zone", "{\"timeZone\": \"Asia/Tokyo\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("effectiveTimeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(quentin.get("/api/v1/me").json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void unknownOrOffsetZonesAreRefusedWithAProblem() {
        Api quentin = Api.as(port, Personas.QUENTIN_QUALITY);
        for (String zone : new String[] {"Mars/Olympus_Mons", "+03:00", "EST", "x".repeat(5000)}) {
            Api.Reply refused = quentin.send("PUT", "/api/v1/me/time-zone", "{\"timeZone\": \"" + zone + "\"}");
            assertThat(refused.status()).as(zone).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains("timeZone");
        }
        assertThat(quentin.send("PUT", "/api/v1/me/time-zone", "{not json").status())
                .isEqualTo(400);
        assertThat(Api.anonymous(port).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void pagesShowTimesInTheChosenZone() throws Exception {
        UUID id = Api.as(port, Personas.ANNA_AGENT)
                .post(
                        "/api/v1/feedback",
                        "{\"comment\":\"Time zone check " + UUID.randomUUID() + "\",\"language\":\"en\"}")
                .json()
                .get("ids")
                .get(0)
                .asString()
                .transform(UUID::fromString);
        Instant received = jdbc.sql("select received_at from feedback_item where id = ?")
                .param(id)
                .query(Timestamp.class)
                .single()
                .toInstant();

        mvc.perform(post("/account/time-zone").with(quentin()).with(csrf()).param("timeZone", "Asia/Tokyo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").with(quentin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Asia/Tokyo\" selected=\"selected\">")));
        mvc.perform(get("/feedback").with(quentin()).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(shown(received, "Asia/Tokyo"))));

        mvc.perform(post("/account/time-zone").with(quentin()).with(csrf()).param("timeZone", "America/Los_Angeles"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/feedback").with(quentin()).locale(Locale.ENGLISH))
                .andExpect(content().string(containsString(shown(received, "America/Los_Angeles"))));
    }

    @Test
    void theFormShowsAnUnknownZoneAsAnErrorAndKeepsTheOldOne() throws Exception {
        mvc.perform(post("/account/time-zone").with(quentin()).with(csrf()).param("timeZone", "Europe/Sofia"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/time-zone").with(quentin()).with(csrf()).param("timeZone", "Europe/Atlantis"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This was not saved")));
        assertThat(Api.as(port, Personas.QUENTIN_QUALITY)
                        .get("/api/v1/me")
                        .json()
                        .get("timeZone")
                        .asString())
                .isEqualTo("Europe/Sofia");
    }

    private static String shown(Instant instant, String zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .withZone(ZoneId.of(zone))
                .format(instant);
    }
}
