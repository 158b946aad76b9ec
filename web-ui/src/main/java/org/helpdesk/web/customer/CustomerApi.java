package org.helpdesk.web.customer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.ContactView;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerDetails;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.customer.CustomerLoss;
import org.helpdesk.customer.Customers;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.security.Viewers;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers over REST: quick lookup by the start of an address, name or phone number, and their tickets. */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerApi {

    private final Customers customers;
    private final Tickets tickets;
    private final CustomerLosses losses;

    CustomerApi(Customers customers, Tickets tickets, CustomerLosses losses) {
        this.customers = customers;
        this.tickets = tickets;
        this.losses = losses;
    }

    @GetMapping
    List<Customer> lookup(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "10") int limit) {
        ContactView shown = Contacts.current();
        return customers.lookup(q, limit).stream().map(shown::customer).toList();
    }

    @GetMapping("/{id}")
    Customer get(@PathVariable UUID id) {
        return Contacts.current().customer(customers.get(new CustomerId(id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    Customer update(@PathVariable UUID id, @RequestBody CustomerDetails details) {
        return customers.update(new CustomerId(id), details);
    }

    /** Marks the customer lost: {@code {"on": "2025-03-15", "reason": "Moved to a competitor"}}; churn counts them. */
    @PutMapping(path = "/{id}/lost", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    Customer markLost(@PathVariable UUID id, @RequestBody CustomerLoss loss, HttpServletRequest request) {
        return losses.markLost(new CustomerId(id), loss, request);
    }

    /** The customer is no longer considered lost. */
    @DeleteMapping("/{id}/lost")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    Customer unmarkLost(@PathVariable UUID id, HttpServletRequest request) {
        return losses.unmarkLost(new CustomerId(id), request);
    }

    /** The customer's tickets, newest first, as references with subject and status. */
    @GetMapping("/{id}/tickets")
    List<TicketSummary> tickets(@PathVariable UUID id) {
        Customer customer = customers.get(new CustomerId(id));
        return tickets.ofCustomer(customer.id(), 100, Viewers.of(tickets)).stream()
                .map(TicketSummary::of)
                .toList();
    }

    record TicketSummary(
            String reference, String subject, String status, String priority, java.time.Instant createdAt) {

        static TicketSummary of(Ticket t) {
            return new TicketSummary(
                    t.reference(), t.subject(), t.status().name(), t.priority().name(), t.createdAt());
        }
    }
}
