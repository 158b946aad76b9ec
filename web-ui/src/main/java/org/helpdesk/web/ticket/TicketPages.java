package org.helpdesk.web.ticket;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.i18n.DateDisplay;
import org.helpdesk.web.security.Viewers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agent's workspace: the ticket views, the "new ticket" form with customer lookup, and the ticket page. */
@Controller
class TicketPages {

    private static final int PAGE_SIZE = 25;

    private final Tickets tickets;
    private final Customers customers;
    private final UserAccounts accounts;
    private final Teams teams;
    private final Choices choices;
    private final TicketPageModel ticketPage;
    private final DateDisplay dates;

    TicketPages(
            Tickets tickets,
            Customers customers,
            UserAccounts accounts,
            Teams teams,
            Choices choices,
            TicketPageModel ticketPage,
            DateDisplay dates) {
        this.dates = dates;
        this.tickets = tickets;
        this.customers = customers;
        this.accounts = accounts;
        this.teams = teams;
        this.choices = choices;
        this.ticketPage = ticketPage;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tickets";
    }

    @GetMapping("/tickets")
    String list(
            @ModelAttribute("filter") TicketFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        choices.addTo(model);
        try {
            TicketQuery query = filter.toQuery(accounts, defaultQueue(principal), Math.max(page, 0), PAGE_SIZE);
            model.addAttribute("queue", query.queue().name());
            model.addAttribute("page", tickets.query(query, Viewers.of(tickets)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidFilter", true);
            model.addAttribute("queue", "ALL");
            model.addAttribute("page", tickets.list(0, PAGE_SIZE));
        }
        return "tickets/list";
    }

    /** Agents start on their own tickets; everyone else (auditors, quality managers) on all tickets. */
    private TicketQuery.Queue defaultQueue(Principal principal) {
        return accounts.findByUsername(principal.getName())
                .filter(a -> a.roles().contains(org.helpdesk.account.Role.AGENT))
                .map(a -> TicketQuery.Queue.MINE)
                .orElse(TicketQuery.Queue.ALL);
    }

    @GetMapping("/tickets/new")
    String newTicket(@RequestParam(required = false) String lookup, Principal principal, Model model) {
        TicketForm form = new TicketForm();
        accounts.findByUsername(principal.getName())
                .flatMap(a -> teams.teamsOf(a.id()).stream().findFirst())
                .map(TeamId::toString)
                .ifPresent(form::setTeamId);
        model.addAttribute("form", form);
        addLookup(lookup, model);
        choices.addTo(model);
        return "tickets/new";
    }

    /** Picks a customer found by the lookup: the form opens with their details filled in. */
    @GetMapping("/tickets/new/for/{customerId}")
    @PreAuthorize(TicketApi.WRITERS)
    String newTicketFor(@PathVariable UUID customerId, Model model) {
        Customer customer = customers.get(new org.helpdesk.customer.CustomerId(customerId));
        TicketForm form = new TicketForm();
        form.setCustomerEmail(customer.email());
        form.setCustomerName(customer.name());
        form.setCustomerPhone(customer.phone());
        form.setLanguage(customer.language());
        model.addAttribute("form", form);
        model.addAttribute("customer", customer);
        model.addAttribute("customerTickets", tickets.ofCustomer(customer.id(), 10, Viewers.of(tickets)));
        choices.addTo(model);
        return "tickets/new";
    }

    private void addLookup(String lookup, Model model) {
        if (lookup != null && !lookup.isBlank()) {
            model.addAttribute("lookup", lookup);
            List<Customer> found = lookup.length() > 320 ? List.of() : customers.lookup(lookup, 10);
            model.addAttribute("found", found);
        }
    }

    @PostMapping("/tickets")
    String open(
            @ModelAttribute("form") TicketForm form,
            BindingResult binding,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        try {
            Ticket ticket = tickets.open(form.toDraft(dates.readerZone()), principal.getName());
            return "redirect:/tickets/" + ticket.reference();
        } catch (InvalidInputException e) {
            for (FieldViolation v : e.violations()) {
                String field = binding.getTarget() != null && hasField(v.field()) ? v.field() : null;
                if (field != null) {
                    binding.rejectValue(field, "violation." + v.code(), v.message());
                } else {
                    binding.reject("violation." + v.code(), v.message());
                }
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            choices.addTo(model);
            return "tickets/new";
        }
    }

    private static boolean hasField(String field) {
        return List.of(
                        "subject",
                        "description",
                        "customerEmail",
                        "customerName",
                        "customerPhone",
                        "priority",
                        "channel",
                        "type",
                        "categoryId",
                        "productId",
                        "teamId",
                        "assignee",
                        "tags",
                        "language")
                .contains(field);
    }

    @GetMapping("/tickets/{reference}")
    String show(@PathVariable String reference, Model model) {
        ticketPage.fill(tickets.get(reference, Viewers.of(tickets)), model);
        return "tickets/show";
    }

    @GetMapping("/tickets/{reference}/attachments/{id}")
    ResponseEntity<byte[]> download(@PathVariable String reference, @PathVariable UUID id) {
        Ticket ticket = tickets.get(reference, Viewers.of(tickets));
        var file = tickets.attachment(id, Viewers.of(tickets));
        if (!file.attachment().ticketId().equals(ticket.id())) {
            throw new org.helpdesk.shared.NotFoundException("attachment", id.toString());
        }
        return AttachmentDownload.of(file);
    }
}
