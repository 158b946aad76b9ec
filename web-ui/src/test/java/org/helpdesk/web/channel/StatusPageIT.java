package org.helpdesk.web.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.AuthorType;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.ticket.Visibility;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.helpdesk.web.it.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The customer's status page behind the signed link: the public conversation and its files, never internal notes;
 * replies that reopen a resolved ticket; nothing at all for a wrong link, and no reply form once the ticket is closed.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class StatusPageIT {

    private static final String AGENT_REPLY = "Мы отправили замену курьером.\nОжидайте в четверг.";
    private static final String NOTE = "Internal: customer already got a refund once, check fraud list";

    @Autowired
    MockMvc mvc;

    @Autowired
    Tickets tickets;

    @Autowired
    StatusLinks links;

    @Test
    void pageShowsStatusAndThePublicConversationButNeverNotes() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        Message reply = tickets.messages(ticket.id(), false).get(0);

        mvc.perform(get(links.path(ticket)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Your request " + ticket.reference()),
                                containsString("Parcel &lt;arrived&gt; broken"),
                                containsString("We are working on your request."),
                                containsString(">Open<"),
                                containsString("The box was crushed."),
                                containsString(AGENT_REPLY),
                                containsString("Support team"),
                                containsString("replacement.pdf"),
                                containsString("damage.png"),
                                containsString(links.path(ticket) + "/attachments/"
                                        + reply.attachments().get(0).id()),
                                containsString("name=\"body\""),
                                containsString("name=\"_csrf\""),
                                not(containsString(NOTE)),
                                not(containsString("fraud-check.txt")),
                                not(containsString(Personas.ANNA_AGENT)))));
    }

    @Test
    void pageSpeaksTheTicketsLanguageUnlessTheVisitorChoseAnother() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();

        mvc.perform(get(links.path(ticket)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ваше обращение " + ticket.reference())));
        mvc.perform(get(links.path(ticket)).param("lang", "bg"))
                .andExpect(content().string(containsString("Вашето запитване " + ticket.reference())));
    }

    @Test
    void wrongSignatureAndUnknownTicketGetTheSameKindNotFoundPage() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        String signature = links.path(ticket).substring(links.path(ticket).lastIndexOf('/') + 1);
        String forged = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        String wrong = notFound("/status/" + ticket.reference() + "/" + forged);
        String unknown = notFound("/status/HD-999999999/" + signature);
        String garbage = notFound("/status/not-a-ticket/x");

        assertThat(wrong)
                .contains("Request not found")
                .doesNotContain(ticket.subject(), "crushed", "Parcel", "replacement.pdf");
        assertThat(unknown)
                .as("nothing tells a wrong link from a missing ticket")
                .isEqualTo(wrong);
        assertThat(garbage).isEqualTo(wrong);
        mvc.perform(multipart("/status/" + ticket.reference() + "/" + forged)
                        .with(csrf())
                        .param("body", "let me in"))
                .andExpect(status().isNotFound());
        assertThat(tickets.messages(ticket.id(), true)).hasSize(2);
    }

    @Test
    void customerReplyIsAddedAsTheirMessageAndReopensAResolvedTicket() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        ticket = tickets.changeStatus(
                ticket.reference(), new StatusChange(ticket.version(), "RESOLVED", null), Personas.ANNA_AGENT);
        assertThat(ticket.status()).isEqualTo(TicketStatus.RESOLVED);
        String path = links.path(ticket);

        mvc.perform(multipart(path)
                        .file(new MockMultipartFile("files", "still-broken.jpg", "image/jpeg", new byte[] {1, 2, 3}))
                        .with(csrf())
                        .param("body", "Замена тоже сломана.\nЧто делать?"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("sent", true));

        assertThat(tickets.get(ticket.reference()).status()).isEqualTo(TicketStatus.OPEN);
        Message last = lastMessage(ticket);
        assertThat(last.authorType()).isEqualTo(AuthorType.CUSTOMER);
        assertThat(last.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(last.body()).isEqualTo("Замена тоже сломана.\nЧто делать?");
        assertThat(last.attachments()).extracting(Attachment::filename).containsExactly("still-broken.jpg");
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Замена тоже сломана.\nЧто делать?"),
                                containsString(">You<"),
                                containsString("still-broken.jpg"))));
    }

    @Test
    void emptyReplyOrRequestWithoutCsrfAddsNothing() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        String path = links.path(ticket);

        mvc.perform(multipart(path).with(csrf()).param("body", "  ").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please write a message.")));
        mvc.perform(multipart(path).param("body", "forged from another site")).andExpect(status().isForbidden());
        assertThat(tickets.messages(ticket.id(), true)).hasSize(2);
    }

    @Test
    void closedTicketHasNoReplyFormButPointsToTheComplaintForm() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        ticket = tickets.changeStatus(
                ticket.reference(), new StatusChange(ticket.version(), "RESOLVED", null), Personas.ANNA_AGENT);
        ticket = tickets.changeStatus(
                ticket.reference(), new StatusChange(ticket.version(), "CLOSED", null), Personas.ANNA_AGENT);
        String path = links.path(ticket);

        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This request is closed"),
                                containsString("href=\"/complaint\""),
                                containsString(AGENT_REPLY),
                                not(containsString("name=\"body\"")))));
        mvc.perform(multipart(path).with(csrf()).param("body", "Hello?").param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(not(containsString("name=\"body\""))));
        assertThat(tickets.get(ticket.reference()).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(tickets.messages(ticket.id(), true)).hasSize(2);
    }

    @Test
    void publicFilesDownloadThroughTheLinkAndNoOtherFilesDo() throws Exception {
        Ticket ticket = complaintWithAnswerAndNote();
        Ticket other = complaintWithAnswerAndNote();
        String path = links.path(ticket);
        Attachment reply = file(ticket, "replacement.pdf");
        Attachment sentWithRequest = file(ticket, "damage.png");

        mvc.perform(get(path + "/attachments/" + reply.id()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(content().bytes("%PDF-1.4 replacement".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(path + "/attachments/" + sentWithRequest.id())).andExpect(status().isOk());

        for (UUID hidden : List.of(
                file(ticket, "fraud-check.txt").id(),
                file(other, "replacement.pdf").id(),
                UUID.randomUUID())) {
            mvc.perform(get(path + "/attachments/" + hidden))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("survey-main")));
        }
        mvc.perform(get(path + "/attachments/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get(links.path(other) + "/attachments/" + reply.id())).andExpect(status().isNotFound());
    }

    /**
     * A complaint that came in through the web form in Russian with a photo, answered by an agent with a file, and an
     * internal note with a file of its own.
     */
    private Ticket complaintWithAnswerAndNote() {
        String email = "ivan." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        TicketDraft draft = new TicketDraft(
                "Parcel <arrived> broken",
                "The box was crushed.\nThe kettle inside is dented.",
                email,
                null,
                "Иван Иванов",
                null,
                "WEB",
                "COMPLAINT",
                null,
                null,
                null,
                null,
                List.of(),
                "ru");
        Ticket ticket = tickets.open(draft, List.of(upload("damage.png", "image/png", "png")), ComplaintPages.ACTOR);
        tickets.post(
                ticket.reference(),
                new MessageDraft(AGENT_REPLY, "PUBLIC", "AGENT"),
                List.of(upload("replacement.pdf", "application/pdf", "%PDF-1.4 replacement")),
                Personas.ANNA_AGENT);
        tickets.post(
                ticket.reference(),
                new MessageDraft(NOTE, "INTERNAL", "AGENT"),
                List.of(upload("fraud-check.txt", "text/plain", "previous refunds: 3")),
                Personas.ANNA_AGENT);
        return tickets.get(ticket.reference());
    }

    private Message lastMessage(Ticket ticket) {
        List<Message> conversation = tickets.messages(ticket.id(), true);
        return conversation.get(conversation.size() - 1);
    }

    private Attachment file(Ticket ticket, String name) {
        return tickets.attachments(ticket.id()).stream()
                .filter(a -> a.filename().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String notFound(String path) throws Exception {
        ResultActions result = mvc.perform(get(path).param("lang", "en")).andExpect(status().isNotFound());
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static AttachmentUpload upload(String name, String type, String content) {
        return new AttachmentUpload(name, type, content.getBytes(StandardCharsets.UTF_8));
    }
}
