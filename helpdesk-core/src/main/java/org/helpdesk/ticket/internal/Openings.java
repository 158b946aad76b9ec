package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.ticket.AgentRef;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Opens tickets: the customer is found or registered, references checked, SLA deadlines set, repeats linked. */
@Component
public class Openings {

    private final TicketStore store;
    private final TicketHistory history;
    private final Customers customers;
    private final Directory directory;
    private final SlaTracker sla;
    private final RepeatContacts repeats;
    private final TicketSettings settings;
    private final ApplicationEventPublisher events;
    private final Queueing queueing;

    Openings(
            TicketStore store,
            TicketHistory history,
            Customers customers,
            Directory directory,
            SlaTracker sla,
            RepeatContacts repeats,
            TicketSettings settings,
            ApplicationEventPublisher events,
            Queueing queueing) {
        this.store = store;
        this.history = history;
        this.customers = customers;
        this.directory = directory;
        this.sla = sla;
        this.repeats = repeats;
        this.settings = settings;
        this.events = events;
        this.queueing = queueing;
    }

    /** Opens a ticket; {@code splitFrom} and {@code followUpOf} link it to the ticket it came from. */
    public Ticket open(
            TicketDraft.ValidDraft draft,
            String actor,
            Instant now,
            @Nullable TicketLink splitFrom,
            @Nullable TicketLink followUpOf) {
        NamedRef category = directory.category(draft.categoryId());
        NamedRef product = directory.product(draft.productId());
        NamedRef team = directory.team(draft.teamId());
        AgentRef assignee = directory.agent(draft.assignee());
        Customer customer = customers.findOrCreate(draft.customer());
        TicketId id = TicketId.random();
        String language = draft.language() != null ? draft.language() : customer.language();
        long number = store.insert(new NewTicket(
                id,
                draft.subject(),
                draft.description(),
                customer.id(),
                draft.priority(),
                draft.channel(),
                draft.type(),
                category,
                product,
                team,
                assignee,
                language,
                draft.tags(),
                splitFrom,
                followUpOf,
                actor,
                now));
        TicketState state = store.lock(id).orElseThrow();
        startClock(state, now);
        repeats.earlier(
                        customer.id(),
                        id,
                        category == null ? null : category.id(),
                        product == null ? null : product.id(),
                        now,
                        settings.repeatContactWindow())
                .ifPresent(earlier -> state.repeatOf = earlier);
        store.saveOpening(state);
        queueing.start(id, draft.queue());
        Map<String, Object> data = created(state, customer, draft, splitFrom, followUpOf);
        history.append(id, "CREATED", actor, now, data, state.version);
        events.publishEvent(new TicketChanged(id, number, "CREATED", actor, now));
        return store.findById(id).orElseThrow();
    }

    private void startClock(TicketState state, Instant now) {
        SlaTracker.Deadlines deadlines = sla.opening(state.priority, state.category, now);
        if (deadlines != null) {
            state.slaPolicyId = deadlines.policy().id();
            state.firstResponseDue = deadlines.firstResponse();
            state.resolutionDue = deadlines.resolution();
        }
        state.refreshDueAt();
    }

    private static Map<String, Object> created(
            TicketState s,
            Customer customer,
            TicketDraft.ValidDraft draft,
            @Nullable TicketLink splitFrom,
            @Nullable TicketLink followUpOf) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subject", s.subject);
        data.put("customerEmail", customer.email());
        data.put("priority", s.priority.name());
        data.put("status", s.status.name());
        data.put("channel", s.channel.name());
        data.put("type", s.type.name());
        putIfPresent(data, "category", s.category == null ? null : s.category.name());
        putIfPresent(data, "product", s.product == null ? null : s.product.name());
        putIfPresent(data, "team", s.team == null ? null : s.team.name());
        putIfPresent(data, "assignee", s.assignee == null ? null : s.assignee.username());
        putIfPresent(data, "language", s.language);
        if (!draft.tags().isEmpty()) {
            data.put("tags", String.join(", ", draft.tags()));
        }
        putIfPresent(
                data,
                "queuedAt",
                draft.queue().queuedAt() == null
                        ? null
                        : draft.queue().queuedAt().toString());
        putIfPresent(
                data,
                "pickedUpAt",
                draft.queue().pickedUpAt() == null
                        ? null
                        : draft.queue().pickedUpAt().toString());
        putIfPresent(data, "repeatOf", s.repeatOf == null ? null : s.repeatOf.reference());
        putIfPresent(data, "splitFrom", splitFrom == null ? null : splitFrom.reference());
        putIfPresent(data, "followUpOf", followUpOf == null ? null : followUpOf.reference());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, @Nullable Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
