package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.helpdesk.shared.ConcurrentChange;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a ticket changes: lock the row, refuse a stale edit that would overwrite someone else's change,
 * apply the change, work out the SLA, save, append every change to the history and publish it — all in the
 * caller's transaction.
 */
@Component
public class TicketChanges {

    /** Touches every field: any change since the caller's version is a conflict. */
    public static final String EVERYTHING = "*";

    private final TicketStore store;
    private final TicketHistory history;
    private final SlaTracker sla;
    private final ApplicationEventPublisher events;

    TicketChanges(TicketStore store, TicketHistory history, SlaTracker sla, ApplicationEventPublisher events) {
        this.store = store;
        this.history = history;
        this.sla = sla;
        this.events = events;
    }

    /**
     * Changes a ticket. With an {@code expectedVersion}, changes made since that version to any of
     * {@code fields} make this a {@link ConflictException}: the caller decided on data that is no longer true.
     * Changes to other fields (a reply, an SLA breach) do not get in the way.
     */
    public <T> T apply(
            TicketId id,
            @Nullable Long expectedVersion,
            Set<String> fields,
            String actor,
            Instant now,
            Function<TicketState, T> change) {
        TicketState state = store.lock(id).orElseThrow(() -> new NotFoundException("ticket", id.toString()));
        refuseStale(state, expectedVersion, fields);
        T result = change.apply(state);
        commit(state, actor, now);
        return result;
    }

    TicketState lock(TicketId id) {
        return store.lock(id).orElseThrow(() -> new NotFoundException("ticket", id.toString()));
    }

    void commit(TicketState state, String actor, Instant now) {
        if (state.changes.isEmpty()) {
            return;
        }
        store.applyPauses(state);
        sla.refresh(state);
        store.save(state, actor, now);
        for (Change change : state.changes) {
            history.append(state.id, change.type(), actor, now, change.data(), state.version);
            events.publishEvent(new TicketChanged(state.id, state.number, change.type(), actor, now));
        }
        state.changes.clear();
    }

    private void refuseStale(TicketState state, @Nullable Long expected, Set<String> fields) {
        if (expected == null || expected == state.version) {
            return;
        }
        List<ConcurrentChange> clashes = clashes(history.since(state.id, Math.min(expected, state.version)), fields);
        if (!clashes.isEmpty() || expected > state.version) {
            throw new ConflictException(
                    state.reference() + " was changed by someone else since version " + expected
                            + "; look at the changes and try again",
                    state.version,
                    clashes);
        }
    }

    /** The changes made since the caller's version that touch a field the caller is about to change. */
    static List<ConcurrentChange> clashes(List<HistoryEntry> since, Set<String> fields) {
        return since.stream()
                .filter(e -> fields.contains(EVERYTHING) || fields.contains(e.field()))
                .map(TicketChanges::describe)
                .toList();
    }

    private static ConcurrentChange describe(HistoryEntry e) {
        Object old = e.data().get("old");
        Object now = e.data().get("new");
        return new ConcurrentChange(
                e.field() == null ? e.type() : e.field(),
                old == null ? null : old.toString(),
                now == null ? e.type() : now.toString(),
                e.actor(),
                e.occurredAt());
    }
}
