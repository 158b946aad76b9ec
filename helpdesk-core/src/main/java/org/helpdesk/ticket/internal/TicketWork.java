package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.AssignmentChange;
import org.helpdesk.ticket.ReopenOutcome;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketSettings;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketUpdate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The agent's actions on one ticket: edit, move along the workflow, reopen, assign, take next, escalate. */
@Component
public class TicketWork {

    private final TicketChanges changes;
    private final TicketStore store;
    private final Directory directory;
    private final RepeatContacts repeats;
    private final TicketQueries queries;
    private final Escalations escalations;
    private final Openings openings;
    private final Customers customers;
    private final TicketSettings settings;

    TicketWork(
            TicketChanges changes,
            TicketStore store,
            Directory directory,
            RepeatContacts repeats,
            TicketQueries queries,
            Escalations escalations,
            Openings openings,
            Customers customers,
            TicketSettings settings) {
        this.changes = changes;
        this.store = store;
        this.directory = directory;
        this.repeats = repeats;
        this.queries = queries;
        this.escalations = escalations;
        this.openings = openings;
        this.customers = customers;
        this.settings = settings;
    }

    public void update(TicketId id, TicketUpdate.Valid u, String actor, Instant now) {
        var category =
                u.category() == null ? null : directory.category(u.category().id());
        var product = u.product() == null ? null : directory.product(u.product().id());
        changes.apply(id, u.version(), touched(u), actor, now, s -> {
            if (u.subject() != null) s.changeSubject(u.subject());
            if (u.priority() != null) s.changePriority(u.priority());
            if (u.type() != null) s.changeType(u.type());
            if (u.channel() != null) s.changeChannel(u.channel());
            if (u.category() != null) s.changeCategory(category);
            if (u.product() != null) s.changeProduct(product);
            if (u.language() != null) s.changeLanguage(u.language().text());
            if (u.tags() != null) s.changeTags(u.tags());
            linkRepeat(s, now);
            return null;
        });
    }

    private void linkRepeat(TicketState s, Instant now) {
        if (s.repeatOf != null || s.changes.stream().noneMatch(c -> isClassification(c.field()))) {
            return;
        }
        Ticket current = store.findById(s.id).orElseThrow();
        repeats.earlier(
                        current.customerId(),
                        s.id,
                        s.category == null ? null : s.category.id(),
                        s.product == null ? null : s.product.id(),
                        s.createdAt,
                        settings.repeatContactWindow())
                .ifPresent(s::linkRepeatOf);
    }

    private static boolean isClassification(@Nullable String field) {
        return "category".equals(field) || "product".equals(field);
    }

    private static Set<String> touched(TicketUpdate.Valid u) {
        Set<String> fields = new HashSet<>();
        if (u.subject() != null) fields.add("subject");
        if (u.priority() != null) fields.add("priority");
        if (u.type() != null) fields.add("type");
        if (u.channel() != null) fields.add("channel");
        if (u.category() != null) fields.add("category");
        if (u.product() != null) fields.add("product");
        if (u.language() != null) fields.add("language");
        if (u.tags() != null) fields.add("tags");
        return fields;
    }

    public void changeStatus(TicketId id, StatusChange.Valid change, String actor, Instant now) {
        changes.apply(id, change.version(), Set.of("status"), actor, now, s -> {
            s.moveTo(change.status(), change.pendingReason(), now, settings.reopenWindow());
            return null;
        });
    }

    public ReopenOutcome reopen(TicketId id, String actor, Instant now) {
        TicketState state = changes.lock(id);
        boolean tooLate = state.status == TicketStatus.CLOSED
                && state.mergedInto == null
                && state.closedAt != null
                && state.closedAt.plus(settings.reopenWindow()).isBefore(now);
        if (!tooLate) {
            state.moveTo(TicketStatus.OPEN, null, now, settings.reopenWindow());
            changes.commit(state, actor, now);
            return new ReopenOutcome(store.findById(id).orElseThrow(), false);
        }
        Ticket old = store.findById(id).orElseThrow();
        Ticket followUp =
                openings.open(followUpDraft(old).validate(), actor, now, null, new TicketLink(id, old.number()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("field", "links");
        data.put("followUp", followUp.reference());
        state.changes.add(new Change("FOLLOW_UP_OPENED", data));
        changes.commit(state, actor, now);
        return new ReopenOutcome(followUp, true);
    }

    private TicketDraft followUpDraft(Ticket old) {
        String email = customers.get(old.customerId()).email();
        return new TicketDraft(
                old.subject(),
                old.description(),
                email,
                old.priority().name(),
                null,
                null,
                old.classification().channel().name(),
                old.classification().type().name(),
                activeOrNull(old.classification().category(), true),
                activeOrNull(old.classification().product(), false),
                old.assignment().team() == null
                        ? null
                        : old.assignment().team().id().toString(),
                null,
                old.classification().tags(),
                old.classification().language());
    }

    private @Nullable String activeOrNull(org.helpdesk.ticket.@Nullable NamedRef ref, boolean category) {
        if (ref == null) {
            return null;
        }
        try {
            return (category ? directory.category(ref.id()) : directory.product(ref.id())) == null
                    ? null
                    : ref.id().toString();
        } catch (InvalidInputException retired) {
            return null;
        }
    }

    public void assign(TicketId id, AssignmentChange.Valid change, String actor, Instant now) {
        var team = change.changesTeam() ? directory.team(change.teamId()) : null;
        var agent = change.changesAssignee() ? directory.agent(change.assignee()) : null;
        Set<String> fields = new HashSet<>();
        if (change.changesTeam()) fields.add("team");
        if (change.changesAssignee()) fields.add("assignee");
        changes.apply(id, change.version(), fields, actor, now, s -> {
            if (change.changesTeam()) s.assignTeam(team);
            if (change.changesAssignee()) s.assign(agent);
            return null;
        });
    }

    public Optional<Ticket> takeNext(String actor, @Nullable UUID teamId, Instant now) {
        var agent = directory.agent(actor);
        Optional<TicketId> next = queries.nextInQueue(agent.id(), teamId);
        next.ifPresent(id -> changes.apply(id, null, Set.of("assignee"), actor, now, s -> {
            s.assign(agent);
            return null;
        }));
        return next.flatMap(store::findById);
    }

    public void escalate(TicketId id, String reason, String actor, Instant now) {
        changes.apply(id, null, Set.of("escalated"), actor, now, s -> {
            s.escalate(reason, now);
            return null;
        });
        escalations.record(id, reason, actor, now);
    }
}
