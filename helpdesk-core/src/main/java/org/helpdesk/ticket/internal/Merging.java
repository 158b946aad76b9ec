package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.List;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.SplitRequest;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Merging duplicates into one ticket, and splitting a second matter out of a ticket. */
@Component
public class Merging {

    private final TicketChanges changes;
    private final TicketStore store;
    private final Conversation conversation;
    private final Openings openings;
    private final Customers customers;

    Merging(
            TicketChanges changes,
            TicketStore store,
            Conversation conversation,
            Openings openings,
            Customers customers) {
        this.changes = changes;
        this.store = store;
        this.conversation = conversation;
        this.openings = openings;
        this.customers = customers;
    }

    /** Closes {@code source} as a duplicate of {@code target} and moves its conversation there. */
    public void merge(TicketId source, TicketId target, String actor, Instant now) {
        // Lock in a fixed order, so two opposite merges cannot deadlock each other.
        boolean sourceFirst = source.value().compareTo(target.value()) < 0;
        TicketState first = changes.lock(sourceFirst ? source : target);
        TicketState second = changes.lock(sourceFirst ? target : source);
        TicketState from = sourceFirst ? first : second;
        TicketState into = sourceFirst ? second : first;
        from.mergeInto(into, now);
        conversation.moveAll(from.id, into.id);
        changes.commit(from, actor, now);
        changes.commit(into, actor, now);
    }

    /** Opens a new ticket for the chosen messages of {@code source}, which move there. */
    public Ticket split(TicketId source, SplitRequest.Valid request, String actor, Instant now) {
        TicketState state = changes.lock(source);
        Ticket original = store.findById(source).orElseThrow();
        List<Message> chosen = conversation.of(source, true).stream()
                .filter(m -> request.messageIds().contains(m.id()))
                .toList();
        String description =
                chosen.isEmpty() ? request.subject() : chosen.get(0).body();
        Customer customer = customers.get(original.customerId());
        TicketDraft draft = new TicketDraft(
                request.subject(),
                description.length() > TicketDraft.DESCRIPTION_MAX
                        ? description.substring(0, TicketDraft.DESCRIPTION_MAX)
                        : description,
                customer.email(),
                original.priority().name(),
                null,
                null,
                original.classification().channel().name(),
                original.classification().type().name(),
                id(original.classification().category()),
                id(original.classification().product()),
                id(original.assignment().team()),
                null,
                original.classification().tags(),
                original.classification().language());
        Ticket split = openings.open(draft.validate(), actor, now, new TicketLink(source, original.number()), null);
        List<Message> moved = conversation.move(source, request.messageIds(), split.id());
        state.recordSplit(new TicketLink(split.id(), split.number()), moved.size());
        changes.commit(state, actor, now);
        return split;
    }

    private static @Nullable String id(@Nullable NamedRef ref) {
        return ref == null ? null : ref.id().toString();
    }
}
