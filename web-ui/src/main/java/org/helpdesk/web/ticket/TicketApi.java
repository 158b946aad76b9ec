package org.helpdesk.web.ticket;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tickets over REST; the same rules as the pages, because both go through {@link Tickets}. */
@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketApi {

    private final Tickets tickets;

    TicketApi(Tickets tickets) {
        this.tickets = tickets;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TicketView> open(@RequestBody TicketDraft draft, Principal principal) {
        Ticket ticket = tickets.open(draft, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.reference()))
                .body(TicketView.of(ticket));
    }

    @GetMapping
    TicketView.Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return TicketView.Page.of(tickets.list(page, size));
    }

    @GetMapping("/{reference}")
    TicketView get(@PathVariable String reference) {
        return TicketView.of(tickets.get(reference));
    }

    @GetMapping("/{reference}/history")
    List<HistoryEntry> history(@PathVariable String reference) {
        return tickets.history(tickets.get(reference).id());
    }
}
