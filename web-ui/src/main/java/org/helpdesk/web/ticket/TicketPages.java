package org.helpdesk.web.ticket;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.Tickets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agent's ticket pages: list, open a new ticket, view one. */
@Controller
class TicketPages {

    private static final int PAGE_SIZE = 25;

    private final Tickets tickets;

    TicketPages(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tickets";
    }

    @GetMapping("/tickets")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", tickets.list(Math.max(page, 0), PAGE_SIZE));
        return "tickets/list";
    }

    @GetMapping("/tickets/new")
    String newTicket(Model model) {
        model.addAttribute("form", new TicketForm());
        model.addAttribute("priorities", Priority.values());
        return "tickets/new";
    }

    @PostMapping("/tickets")
    String open(
            @ModelAttribute("form") TicketForm form,
            BindingResult binding,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        try {
            Ticket ticket = tickets.open(form.toDraft(), principal.getName());
            return "redirect:/tickets/" + ticket.reference();
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                binding.rejectValue(v.field(), "violation." + v.code(), v.message());
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("priorities", Priority.values());
            return "tickets/new";
        }
    }

    @GetMapping("/tickets/{reference}")
    String show(@PathVariable String reference, Model model) {
        Ticket ticket = tickets.get(reference);
        model.addAttribute("ticket", ticket);
        model.addAttribute("history", tickets.history(ticket.id()));
        return "tickets/show";
    }
}
