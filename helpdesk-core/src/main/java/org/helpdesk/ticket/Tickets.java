package org.helpdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.ticket.internal.TicketHistory;
import org.helpdesk.ticket.internal.TicketRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, reading and listing tickets. Every change is recorded in the ticket's history. */
@Service
public class Tickets {

    public static final int MAX_PAGE_SIZE = 200;

    private final TicketRepository repository;
    private final TicketHistory history;
    private final Customers customers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Tickets(
            TicketRepository repository,
            TicketHistory history,
            Customers customers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.history = history;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a new ticket for the customer with the draft's e-mail address, creating the customer if new. */
    @Transactional
    public Ticket open(TicketDraft draft, String actor) {
        TicketDraft.ValidDraft valid = draft.validate();
        Customer customer = customers.findOrCreate(valid.customerEmail(), null);
        Instant now = clock.instant();
        Ticket ticket = repository.insert(TicketId.random(), valid, customer, actor, now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subject", ticket.subject());
        data.put("customerEmail", ticket.customerEmail());
        data.put("priority", ticket.priority().name());
        data.put("status", ticket.status().name());
        history.append(ticket.id(), "CREATED", actor, now, data);
        events.publishEvent(new TicketChanged(ticket.id(), ticket.number(), "CREATED", actor, now));
        return ticket;
    }

    public Optional<Ticket> find(TicketId id) {
        return repository.findById(id);
    }

    /** The ticket with this reference ({@code HD-1001} or {@code 1001}); a missing one is a {@link NotFoundException}. */
    public Ticket get(String reference) {
        long number = TicketReference.parse(reference).orElseThrow(() -> new NotFoundException("ticket", reference));
        return repository.findByNumber(number).orElseThrow(() -> new NotFoundException("ticket", reference));
    }

    public TicketPage list(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of(
                    "page", "out_of_range", "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        return new TicketPage(repository.page(page, size), page, size, repository.count());
    }

    public List<HistoryEntry> history(TicketId id) {
        return history.of(id);
    }

    public List<Ticket> findAll(List<TicketId> ids) {
        return repository.findAll(ids);
    }
}
