package org.helpdesk.web.ticket;

import java.util.List;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.Tickets;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the ticket page shows: thread, history, links, escalations, the customer's other tickets, choices. */
@Component
class TicketPageModel {

    private final Tickets tickets;
    private final Choices choices;

    TicketPageModel(Tickets tickets, Choices choices) {
        this.tickets = tickets;
        this.choices = choices;
    }

    void fill(Ticket ticket, Model model) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("messages", tickets.messages(ticket.id(), true));
        model.addAttribute(
                "looseAttachments",
                tickets.attachments(ticket.id()).stream()
                        .filter(a -> a.messageId() == null)
                        .toList());
        model.addAttribute("history", tickets.history(ticket.id()));
        model.addAttribute("links", tickets.links(ticket.id()));
        model.addAttribute("escalations", tickets.escalations(ticket.id()));
        List<Ticket> others = tickets.ofCustomer(ticket.customerId(), 11).stream()
                .filter(t -> !t.id().equals(ticket.id()))
                .limit(10)
                .toList();
        model.addAttribute("customerTickets", others);
        model.addAttribute("nextStatuses", ticket.status().next());
        choices.addTo(model);
    }
}
