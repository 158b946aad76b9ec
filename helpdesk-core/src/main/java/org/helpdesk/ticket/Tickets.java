package org.helpdesk.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.helpdesk.ticket.internal.AttachmentPolicy;
import org.helpdesk.ticket.internal.Conversation;
import org.helpdesk.ticket.internal.Directory;
import org.helpdesk.ticket.internal.Escalations;
import org.helpdesk.ticket.internal.Merging;
import org.helpdesk.ticket.internal.Openings;
import org.helpdesk.ticket.internal.Queueing;
import org.helpdesk.ticket.internal.TicketChanges;
import org.helpdesk.ticket.internal.TicketHistory;
import org.helpdesk.ticket.internal.TicketQueries;
import org.helpdesk.ticket.internal.TicketStore;
import org.helpdesk.ticket.internal.TicketWork;
import org.helpdesk.ticket.internal.WorkLogs;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ticket desk: opening, reading, answering and working tickets. Every change is recorded in the
 * ticket's history and published as {@link TicketChanged} in the same transaction. Edits carry the version
 * the agent saw, so a change made meanwhile by someone else is never silently overwritten.
 */
@Service
public class Tickets {

    public static final int MAX_PAGE_SIZE = TicketQuery.MAX_SIZE;
    public static final int REASON_MAX = 2000;

    private final TicketStore store;
    private final TicketHistory history;
    private final TicketQueries queries;
    private final Openings openings;
    private final TicketWork work;
    private final TicketChanges changes;
    private final Conversation conversation;
    private final Merging merging;
    private final Escalations escalations;
    private final Directory directory;
    private final WorkLogs workLogs;
    private final Queueing queueing;
    private final TicketSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TicketVisibility visibility;
    /** Whether people's changes are held to what they may see; not for replays of the past (importers, demo). */
    private final boolean checksActors;

    @Autowired
    Tickets(
            TicketStore store,
            TicketHistory history,
            TicketQueries queries,
            Openings openings,
            TicketWork work,
            TicketChanges changes,
            Conversation conversation,
            Merging merging,
            Escalations escalations,
            Directory directory,
            WorkLogs workLogs,
            Queueing queueing,
            TicketSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            TicketVisibility visibility) {
        this(
                store,
                history,
                queries,
                openings,
                work,
                changes,
                conversation,
                merging,
                escalations,
                directory,
                workLogs,
                queueing,
                settings,
                transactions,
                clock,
                visibility,
                true);
    }

    private Tickets(
            TicketStore store,
            TicketHistory history,
            TicketQueries queries,
            Openings openings,
            TicketWork work,
            TicketChanges changes,
            Conversation conversation,
            Merging merging,
            Escalations escalations,
            Directory directory,
            WorkLogs workLogs,
            Queueing queueing,
            TicketSettings settings,
            TransactionTemplate transactions,
            Clock clock,
            TicketVisibility visibility,
            boolean checksActors) {
        this.store = store;
        this.history = history;
        this.queries = queries;
        this.openings = openings;
        this.work = work;
        this.changes = changes;
        this.conversation = conversation;
        this.merging = merging;
        this.escalations = escalations;
        this.directory = directory;
        this.workLogs = workLogs;
        this.queueing = queueing;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.visibility = visibility;
        this.checksActors = checksActors;
    }

    /**
     * The same desk acting at the times {@code otherClock} tells: for importers and the demo generator, which
     * record what happened in the past. Each call still runs in its own (or the caller's) transaction.
     */
    public Tickets actingAt(Clock otherClock) {
        return new Tickets(
                store,
                history,
                queries,
                openings,
                work,
                changes,
                conversation,
                merging,
                escalations,
                directory,
                workLogs,
                queueing,
                settings,
                transactions,
                otherClock,
                visibility,
                false);
    }

    // --- opening and reading ------------------------------------------------------------------------------

    /** Opens a new ticket for the customer with the draft's e-mail address, creating the customer if new. */
    public Ticket open(TicketDraft draft, String actor) {
        TicketDraft.ValidDraft valid = draft.validate(clock.instant());
        return inTransaction(() -> openings.open(valid, actor, clock.instant(), null, null));
    }

    /**
     * Opens a ticket with files, all or nothing: a file the attachment rules refuse leaves no ticket behind. For
     * channels (the public form, e-mail) where the customer sends the files with the request.
     */
    public Ticket open(TicketDraft draft, List<AttachmentUpload> files, String actor) {
        return open(draft, null, files, actor);
    }

    /** Opens a ticket from an HTML e-mail: the draft's description is its text, {@code html} the original. */
    public Ticket open(TicketDraft draft, @Nullable String html, List<AttachmentUpload> files, String actor) {
        TicketDraft.ValidDraft valid = draft.validate(clock.instant());
        return inTransaction(() -> {
            Ticket opened = openings.open(valid, actor, clock.instant(), null, null);
            if (html != null) {
                store.keepDescriptionHtml(opened.id(), html);
            }
            if (files.isEmpty()) {
                return opened;
            }
            changes.apply(opened.id(), null, Set.of(), actor, clock.instant(), s -> {
                files.forEach(file -> conversation.attach(s, file, actor, clock.instant()));
                return null;
            });
            return store.findById(opened.id()).orElseThrow();
        });
    }

    /** The HTML the ticket's description arrived as (an e-mail), unsanitised; empty for text-only tickets. */
    public Optional<String> descriptionHtml(TicketId id) {
        return store.descriptionHtml(id);
    }

    public Optional<Ticket> find(TicketId id) {
        return store.findById(id);
    }

    /** The ticket with this reference ({@code HD-1001} or {@code 1001}); a missing one is a {@link NotFoundException}. */
    public Ticket get(String reference) {
        long number = TicketReference.parse(reference).orElseThrow(() -> new NotFoundException("ticket", reference));
        return store.findByNumber(number).orElseThrow(() -> new NotFoundException("ticket", reference));
    }

    /** The ticket as {@code viewer} may see it: one they may not see is "not found", like one that does not exist. */
    public Ticket get(String reference, TicketViewer viewer) {
        Ticket ticket = get(reference);
        if (!viewer.sees(ticket)) {
            throw new NotFoundException("ticket", reference);
        }
        return ticket;
    }

    /** Who {@code username}, signed in with {@code roles}, is as a reader of tickets. */
    public TicketViewer viewer(String username, java.util.Collection<org.helpdesk.account.Role> roles) {
        return visibility.of(username, roles);
    }

    public TicketPage list(int page, int size) {
        return query(TicketQuery.all(page, size), (String) null);
    }

    /** One of the agent's views; {@code username} decides what "my tickets" and "my teams" are. */
    public TicketPage query(TicketQuery query, @Nullable String username) {
        UUID user = username == null ? null : directory.userId(username);
        return queries.page(query, user, clock.instant(), settings.breachWarning(), null);
    }

    /** One of the views, holding only the tickets {@code viewer} may see. */
    public TicketPage query(TicketQuery query, TicketViewer viewer) {
        return queries.page(query, viewer.userId(), clock.instant(), settings.breachWarning(), viewer);
    }

    public List<HistoryEntry> history(TicketId id) {
        return history.of(id);
    }

    public List<Ticket> findAll(List<TicketId> ids) {
        return store.findAll(ids);
    }

    /** The conversation; internal notes only for staff who may see them. */
    public List<Message> messages(TicketId id, boolean withNotes) {
        return conversation.of(id, withNotes);
    }

    public List<Attachment> attachments(TicketId id) {
        return conversation.attachments(id);
    }

    public AttachmentContent attachment(UUID attachmentId) {
        return conversation
                .content(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId.toString()));
    }

    public List<LinkedTicket> links(TicketId id) {
        return queries.links(id);
    }

    public List<Escalation> escalations(TicketId id) {
        return escalations.of(id);
    }

    public List<Ticket> ofCustomer(CustomerId customer, int limit) {
        return queries.ofCustomer(customer, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)), null);
    }

    /** The customer's tickets that {@code viewer} may see, newest first. */
    public List<Ticket> ofCustomer(CustomerId customer, int limit, TicketViewer viewer) {
        return queries.ofCustomer(customer, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)), viewer);
    }

    /** The related tickets that {@code viewer} may see (a link must not reveal another team's ticket). */
    public List<LinkedTicket> links(TicketId id, TicketViewer viewer) {
        List<LinkedTicket> links = links(id);
        if (viewer.everything()) {
            return links;
        }
        Set<TicketId> seen = new java.util.HashSet<>();
        store.findAll(links.stream().map(l -> l.ticket().id()).toList()).stream()
                .filter(viewer::sees)
                .forEach(t -> seen.add(t.id()));
        return links.stream().filter(l -> seen.contains(l.ticket().id())).toList();
    }

    /** An attachment of a ticket {@code viewer} may see; any other is "not found". */
    public AttachmentContent attachment(UUID attachmentId, TicketViewer viewer) {
        AttachmentContent content = attachment(attachmentId);
        boolean seen = store.findById(content.attachment().ticketId())
                .filter(viewer::sees)
                .isPresent();
        if (!seen) {
            throw new NotFoundException("attachment", attachmentId.toString());
        }
        return content;
    }

    // --- working a ticket ---------------------------------------------------------------------------------

    /** Changes fields; a change since {@code version} to any field this update touches is a conflict. */
    public Ticket update(String reference, TicketUpdate update, String actor) {
        TicketUpdate.Valid valid = update.validate();
        TicketId id = worked(reference, actor).id();
        return change(id, () -> work.update(id, valid, actor, clock.instant()));
    }

    public Ticket changeStatus(String reference, StatusChange change, String actor) {
        StatusChange.Valid valid = change.validate();
        TicketId id = worked(reference, actor).id();
        return change(id, () -> work.changeStatus(id, valid, actor, clock.instant()));
    }

    /**
     * Reopens a resolved ticket, or a closed one within the reopen window; a ticket closed longer ago stays
     * closed and gets a follow-up ticket linked to it instead.
     */
    public ReopenOutcome reopen(String reference, String actor) {
        Ticket ticket = worked(reference, actor);
        return inTransaction(() -> work.reopen(ticket.id(), actor, clock.instant()));
    }

    public Ticket assign(String reference, AssignmentChange change, String actor) {
        AssignmentChange.Valid valid = change.validate();
        TicketId id = worked(reference, actor).id();
        return change(id, () -> work.assign(id, valid, actor, clock.instant()));
    }

    /** Gives the agent the most urgent unassigned ticket of their teams (or of one team); empty when none waits. */
    public Optional<Ticket> takeNext(String actor, @Nullable UUID teamId) {
        return inTransaction(() -> work.takeNext(actor, teamId, clock.instant()));
    }

    /** Logs time an agent spent on the ticket; it appears in the history and reporting costs it. */
    public WorkLogEntry logWork(String reference, WorkLogDraft draft, String actor) {
        WorkLogDraft.Valid valid = draft.validate();
        TicketId id = worked(reference, actor).id();
        return inTransaction(() -> changes.apply(
                id, null, Set.of(), actor, clock.instant(), s -> workLogs.log(s, valid, actor, clock.instant())));
    }

    /** The time logged on the ticket, oldest first. */
    public List<WorkLogEntry> workLog(TicketId id) {
        return workLogs.of(id);
    }

    /** Records when an agent picked up a queued phone or chat contact ({@code at}, or now when null). */
    public Ticket pickUp(String reference, @Nullable Instant at, String actor) {
        TicketId id = worked(reference, actor).id();
        Instant now = clock.instant();
        return change(
                id,
                () -> changes.apply(
                        id, null, Set.of(), actor, now, s -> queueing.pickUp(s, at == null ? now : at, now)));
    }

    /** Hands the ticket up to management; the reason is kept with it. */
    public Ticket escalate(String reference, @Nullable String reason, String actor) {
        String valid = requireReason(reason);
        TicketId id = worked(reference, actor).id();
        return change(id, () -> work.escalate(id, valid, actor, clock.instant()));
    }

    /** Adds a reply, a note or a recorded customer message, with files. */
    public Message post(String reference, MessageDraft draft, List<AttachmentUpload> files, String actor) {
        MessageDraft.Valid valid = draft.validate();
        Ticket ticket = worked(reference, actor);
        String customer = ticket.customerName() == null || ticket.customerName().isBlank()
                ? ticket.customerEmail()
                : ticket.customerName();
        return inTransaction(() -> changes.apply(
                ticket.id(),
                null,
                Set.of(),
                actor,
                clock.instant(),
                s -> conversation.post(s, valid, files, actor, customer, null, clock.instant())));
    }

    /**
     * Adds what the customer sent through a channel (an e-mail, the status page): a public customer message with
     * the HTML it came with, if any. Reopens a pending or resolved ticket like any customer message.
     */
    public Message receive(
            String reference, String text, @Nullable String html, List<AttachmentUpload> files, String actor) {
        MessageDraft.Valid valid =
                new MessageDraft(text, Visibility.PUBLIC.name(), AuthorType.CUSTOMER.name()).validate();
        Ticket ticket = get(reference);
        String customer = ticket.customerName() == null || ticket.customerName().isBlank()
                ? ticket.customerEmail()
                : ticket.customerName();
        return inTransaction(() -> changes.apply(
                ticket.id(),
                null,
                Set.of(),
                actor,
                clock.instant(),
                s -> conversation.post(s, valid, files, actor, customer, html, clock.instant())));
    }

    /**
     * Why the attachment rules would refuse this file (too large, a type not accepted, a page or a program), or
     * empty if they take it. For channels that keep what they can of a mail instead of refusing all of it.
     */
    public Optional<String> refusal(AttachmentUpload upload) {
        try {
            new AttachmentPolicy(settings).check(upload);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(e.violations().get(0).message());
        } catch (ContentTooLargeException e) {
            return Optional.of(e.getMessage());
        }
    }

    public Attachment attach(String reference, AttachmentUpload upload, String actor) {
        Ticket ticket = worked(reference, actor);
        return inTransaction(() -> changes.apply(
                ticket.id(),
                null,
                Set.of(),
                actor,
                clock.instant(),
                s -> conversation.attach(s, upload, actor, clock.instant())));
    }

    /** Closes the ticket {@code reference} as a duplicate of {@code intoReference}; returns the surviving ticket. */
    public Ticket merge(String reference, @Nullable String intoReference, String actor) {
        if (intoReference == null || intoReference.isBlank()) {
            throw InvalidInputException.of("into", "required", "name the ticket to merge into");
        }
        Ticket source = worked(reference, actor);
        Ticket target = findTarget(intoReference, actor);
        inTransaction(() -> {
            merging.merge(source.id(), target.id(), actor, clock.instant());
            return null;
        });
        return store.findById(target.id()).orElseThrow();
    }

    /** Moves some messages of a ticket into a new ticket; returns the new one. */
    public Ticket split(String reference, SplitRequest request, String actor) {
        SplitRequest.Valid valid = request.validate();
        Ticket source = worked(reference, actor);
        return inTransaction(() -> merging.split(source.id(), valid, actor, clock.instant()));
    }

    private Ticket findTarget(String reference, String actor) {
        long number = TicketReference.parse(reference)
                .orElseThrow(() -> InvalidInputException.of("into", "unknown_value", "no such ticket"));
        return store.findByNumber(number)
                .filter(t -> !checksActors || visibility.actor(actor).sees(t))
                .orElseThrow(() -> InvalidInputException.of("into", "unknown_value", "no such ticket"));
    }

    /** The ticket someone is about to change: one they may not see is "not found" to them. */
    private Ticket worked(String reference, String actor) {
        Ticket ticket = get(reference);
        if (checksActors && !visibility.actor(actor).sees(ticket)) {
            throw new NotFoundException("ticket", reference);
        }
        return ticket;
    }

    private Ticket change(TicketId id, Runnable change) {
        inTransaction(() -> {
            change.run();
            return null;
        });
        return store.findById(id).orElseThrow(() -> new NotFoundException("ticket", id.toString()));
    }

    private static String requireReason(@Nullable String reason) {
        List<FieldViolation> violations = new java.util.ArrayList<>();
        TextRules.requireText("reason", reason, REASON_MAX, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return reason.strip();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
