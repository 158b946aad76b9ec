package org.helpdesk.web.ticket;

import java.util.List;
import org.helpdesk.channel.MailLog;
import org.helpdesk.search.TicketHit;
import org.helpdesk.search.TicketSearch;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketViewer;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.ticket.WorkLogEntry;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the ticket page shows: thread, history, links, escalations, the customer's other tickets,
 * similar complaints, choices.
 */
@Component
class TicketPageModel {

    private static final Logger log = LoggerFactory.getLogger(TicketPageModel.class);
    private static final int SIMILAR = 5;

    private final Tickets tickets;
    private final Choices choices;
    private final TicketSearch search;
    private final MailLog mail;
    private final MailHtml mailHtml;

    TicketPageModel(Tickets tickets, Choices choices, TicketSearch search, MailLog mail, MailHtml mailHtml) {
        this.tickets = tickets;
        this.choices = choices;
        this.search = search;
        this.mail = mail;
        this.mailHtml = mailHtml;
    }

    void fill(Ticket ticket, Model model) {
        TicketViewer viewer = Viewers.of(tickets);
        model.addAttribute("ticket", ticket);
        model.addAttribute("messages", tickets.messages(ticket.id(), true));
        model.addAttribute(
                "descriptionHtml",
                tickets.descriptionHtml(ticket.id()).map(mailHtml::safe).orElse(null));
        model.addAttribute("mails", mail.outgoing(ticket.id().value()));
        model.addAttribute(
                "looseAttachments",
                tickets.attachments(ticket.id()).stream()
                        .filter(a -> a.messageId() == null)
                        .toList());
        model.addAttribute("history", tickets.history(ticket.id()));
        model.addAttribute("links", tickets.links(ticket.id(), viewer));
        model.addAttribute("escalations", tickets.escalations(ticket.id()));
        List<WorkLogEntry> work = tickets.workLog(ticket.id());
        model.addAttribute("workLog", work);
        model.addAttribute(
                "workedMinutes", work.stream().mapToInt(WorkLogEntry::minutes).sum());
        List<Ticket> others = tickets.ofCustomer(ticket.customerId(), 11, viewer).stream()
                .filter(t -> !t.id().equals(ticket.id()))
                .limit(10)
                .toList();
        model.addAttribute("customerTickets", others);
        model.addAttribute("nextStatuses", ticket.status().next());
        model.addAttribute("similar", similar(ticket, viewer));
        choices.addTo(model);
    }

    /** Similar complaints are a help, not part of the ticket: without Elasticsearch the box is left out. */
    private @Nullable List<TicketHit> similar(Ticket ticket, TicketViewer viewer) {
        try {
            return search.similar(ticket.id(), SIMILAR, viewer);
        } catch (RuntimeException e) {
            log.debug("No similar tickets for {}: {}", ticket.reference(), e.toString());
            return null;
        }
    }
}
