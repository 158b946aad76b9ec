package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The agent's pages: sign-in is required, forms validate, customer text is shown as text. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class TicketPagesIT {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor anna() {
        return user(Personas.ANNA_AGENT).roles("AGENT");
    }

    @Test
    void pagesRedirectAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/tickets")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsServedWithStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void agentOpensATicketFromTheFormAndSeesItEscaped() throws Exception {
        String location = mvc.perform(post("/tickets")
                        .with(anna())
                        .with(csrf())
                        .param("subject", "<script>alert('x')</script> refund")
                        .param("description", "<img src=x onerror=alert(1)>")
                        .param("customerEmail", "petar@example.com")
                        .param("priority", "URGENT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/tickets/HD-*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; refund")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))));
        mvc.perform(get("/tickets").with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void emptyFormIsShownAgainWithFieldErrorsAndA400() throws Exception {
        mvc.perform(post("/tickets")
                        .with(anna())
                        .with(csrf())
                        .param("subject", "")
                        .param("description", "")
                        .param("customerEmail", "nope")
                        .param("priority", "SOMEDAY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"subject-error\"")))
                .andExpect(content().string(containsString("id=\"customerEmail-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void formWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/tickets").with(anna()).param("subject", "s")).andExpect(status().isForbidden());
    }

    @Test
    void auditorCannotOpenTheNewTicketForm() throws Exception {
        mvc.perform(get("/tickets/new").with(user(Personas.OLGA_AUDITOR).roles("AUDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownTicketPageIsAFriendly404() throws Exception {
        mvc.perform(get("/tickets/HD-99999999").with(anna()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Not found")));
    }

    @Test
    void pagesSpeakRussianAndBulgarian() throws Exception {
        mvc.perform(get("/tickets").with(anna()).param("lang", "ru"))
                .andExpect(content().string(containsString("Обращения")));
        mvc.perform(get("/tickets").with(anna()).header("Accept-Language", "bg-BG,bg;q=0.9"))
                .andExpect(content().string(containsString("Запитвания")));
    }

    @Test
    void datesAndNumbersAreWrittenTheReadersWay() throws Exception {
        String location = mvc.perform(post("/tickets")
                        .with(anna())
                        .with(csrf())
                        .param("subject", "Logs of the failed payment")
                        .param("description", "See the attached log.")
                        .param("customerEmail", "vera@example.com")
                        .param("priority", "NORMAL"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(multipart(location + "/messages")
                        .file(new MockMultipartFile("files", "payment.log", "text/plain", new byte[1500]))
                        .param("body", "The log from the customer")
                        .param("visibility", "INTERNAL")
                        .with(anna())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String english = ticketPage(location, "en");
        String russian = ticketPage(location, "ru");
        String bulgarian = ticketPage(location, "bg");

        assertThat(english)
                .contains("text/plain, 1,500 B")
                .containsPattern("[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d, \\d{1,2}:\\d{2}");
        assertThat(russian)
                .contains("text/plain, 1\u00a0500 Б")
                .containsPattern("\\d{1,2} [а-я]{3,4}\\.? 20\\d\\d г\\., \\d{2}:\\d{2}");
        assertThat(bulgarian)
                .contains("text/plain, 1\u00a0500 Б")
                .containsPattern("\\d{1,2}\\.\\d{2}\\.20\\d\\d г\\., \\d{1,2}:\\d{2} ч\\.");
    }

    private String ticketPage(String location, String language) throws Exception {
        return mvc.perform(get(location).with(anna()).param("lang", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void searchPageShowsResultsOrAnEmptyState() throws Exception {
        mvc.perform(get("/search").with(anna()).param("q", "\"unbalanced -| * ("))
                .andExpect(status().isOk());
    }
}
