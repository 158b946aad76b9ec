package org.helpdesk.web.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The workspace pages: views, the ticket page and its forms; customer text stays text. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class TicketWorkspacePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    private static RequestPostProcessor anna() {
        return user(Personas.ANNA_AGENT).roles("AGENT");
    }

    private Ticket ticket() {
        return tickets.open(
                new TicketDraft("Broken lid", "Kettle lid broken", "pages@example.com", "NORMAL"), Personas.ANNA_AGENT);
    }

    @Test
    void everyViewRendersForAnAgent() throws Exception {
        for (String view : new String[] {"MINE", "UNASSIGNED", "BREACHING", "OPEN", "ALL"}) {
            mvc.perform(get("/tickets").param("view", view).param("sort", "DUE").with(anna()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("aria-current=\"page\"")));
        }
        mvc.perform(get("/tickets").param("view", "NOPE").with(anna())).andExpect(status().isBadRequest());
    }

    @Test
    void scriptInAReplyIsShownAsText() throws Exception {
        Ticket ticket = ticket();
        mvc.perform(post("/tickets/" + ticket.reference() + "/messages")
                        .with(anna())
                        .with(csrf())
                        .param("body", "<script>alert('reply')</script>")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/tickets/" + ticket.reference()).with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;reply&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void staleFormShowsAConflictWithWhatChanged() throws Exception {
        Ticket ticket = ticket();
        String page = "/tickets/" + ticket.reference();
        mvc.perform(post(page + "/fields")
                        .with(anna())
                        .with(csrf())
                        .param("version", String.valueOf(ticket.version()))
                        .param("priority", "URGENT"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post(page + "/fields")
                        .with(anna())
                        .with(csrf())
                        .param("version", String.valueOf(ticket.version()))
                        .param("priority", "LOW"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("role=\"alert\"")))
                .andExpect(content().string(containsString("URGENT")));
    }

    @Test
    void invalidStatusChangeIsExplainedOnThePage() throws Exception {
        Ticket ticket = ticket();
        mvc.perform(post("/tickets/" + ticket.reference() + "/status")
                        .with(anna())
                        .with(csrf())
                        .param("version", String.valueOf(ticket.version()))
                        .param("status", "CLOSED"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("not allowed")));
    }

    @Test
    void auditorSeesTheTicketButNoForms() throws Exception {
        Ticket ticket = ticket();
        mvc.perform(get("/tickets/" + ticket.reference())
                        .with(user(Personas.OLGA_AUDITOR).roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"version\""))));
        mvc.perform(post("/tickets/" + ticket.reference() + "/escalation")
                        .with(user(Personas.OLGA_AUDITOR).roles("AUDITOR"))
                        .with(csrf())
                        .param("reason", "no"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(Personas.OLGA_AUDITOR).roles("AUDITOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void newTicketFormFindsCustomersByTheStartOfTheirAddress() throws Exception {
        ticket();
        mvc.perform(get("/tickets/new").param("lookup", "pages@").with(anna()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pages@example.com")));
    }

    @Test
    void adminPageShowsTheDefaultSlaPolicies() throws Exception {
        mvc.perform(get("/admin").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Around the clock")));
    }
}
