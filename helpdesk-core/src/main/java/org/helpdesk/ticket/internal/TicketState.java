package org.helpdesk.ticket.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.AgentRef;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.PendingReason;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * A ticket being changed: the aggregate that holds the lifecycle rules. Every method either refuses (and
 * nothing changes) or changes the state and records what it did as {@link Change}s for the history.
 * It is loaded under a row lock, so two agents never change the same ticket at the same moment.
 */
public final class TicketState {

    final TicketId id;
    final long number;
    final Instant createdAt;
    long version;

    String subject;
    Priority priority;
    TicketStatus status;
    Channel channel;
    TicketType type;

    @Nullable
    NamedRef category;

    @Nullable
    NamedRef product;

    @Nullable
    NamedRef team;

    @Nullable
    AgentRef assignee;

    @Nullable
    String language;

    List<String> tags;

    @Nullable
    PendingReason pendingReason;

    @Nullable
    UUID slaPolicyId;

    @Nullable
    Instant firstResponseDue;

    @Nullable
    Instant resolutionDue;

    @Nullable
    Instant slaDueAt;

    boolean firstResponseBreached;
    boolean resolutionBreached;

    @Nullable
    Instant pausedSince;

    long pendingSeconds;

    @Nullable
    Instant firstResponseAt;

    @Nullable
    Instant resolvedAt;

    @Nullable
    Instant closedAt;

    int reopenCount;
    int agentReplyCount;
    boolean escalated;

    @Nullable
    Instant escalatedAt;

    @Nullable
    TicketLink repeatOf;

    @Nullable
    TicketLink mergedInto;

    /** Set when the SLA targets must be worked out again: priority or category changed, or the clock restarted. */
    boolean slaStale;
    /** Set when priority or category changed, so the ticket may fall under another SLA policy. */
    boolean policyStale;

    final List<Change> changes = new ArrayList<>();
    final List<PauseStep> pauseSteps = new ArrayList<>();

    TicketState(Ticket t) {
        id = t.id();
        number = t.number();
        createdAt = t.createdAt();
        version = t.version();
        subject = t.subject();
        priority = t.priority();
        status = t.status();
        channel = t.classification().channel();
        type = t.classification().type();
        category = t.classification().category();
        product = t.classification().product();
        team = t.assignment().team();
        assignee = t.assignment().assignee();
        language = t.classification().language();
        tags = new ArrayList<>(t.classification().tags());
        pendingReason = t.pendingReason();
        slaPolicyId = t.sla().policy() == null ? null : t.sla().policy().id();
        firstResponseDue = t.sla().firstResponseDue();
        resolutionDue = t.sla().resolutionDue();
        slaDueAt = t.sla().dueAt();
        firstResponseBreached = t.sla().firstResponseBreached();
        resolutionBreached = t.sla().resolutionBreached();
        pausedSince = t.sla().pausedSince();
        pendingSeconds = t.sla().pendingTime().toSeconds();
        firstResponseAt = t.progress().firstResponseAt();
        resolvedAt = t.progress().resolvedAt();
        closedAt = t.progress().closedAt();
        reopenCount = t.progress().reopenCount();
        agentReplyCount = t.progress().agentReplyCount();
        escalated = t.progress().escalated();
        escalatedAt = t.progress().escalatedAt();
        repeatOf = t.links().repeatOf();
        mergedInto = t.links().mergedInto();
    }

    public String reference() {
        return org.helpdesk.ticket.TicketReference.format(number);
    }

    // --- status -------------------------------------------------------------------------------------------

    /** Moves the ticket along its workflow; refuses moves the workflow does not have. */
    void moveTo(TicketStatus target, @Nullable PendingReason reason, Instant now, Duration reopenWindow) {
        refuseIfMerged(target);
        if (!status.canMoveTo(target)) {
            throw new InvalidTransitionException(
                    status.name(),
                    target.name(),
                    status == target ? "unchanged" : "not_allowed",
                    reference() + " cannot go from " + status + " to " + target + "; from " + status + " it can go to "
                            + status.next());
        }
        if (status == TicketStatus.CLOSED
                && closedAt != null
                && closedAt.plus(reopenWindow).isBefore(now)) {
            throw new InvalidTransitionException(
                    status.name(),
                    target.name(),
                    "reopen_window_passed",
                    reference() + " was closed more than " + reopenWindow.toDays() + " days ago; open a follow-up");
        }
        if (target == TicketStatus.PENDING && reason == null) {
            throw InvalidInputException.of("pendingReason", "required", "say whom the ticket waits for");
        }
        enter(target, reason, now);
    }

    private void enter(TicketStatus target, @Nullable PendingReason reason, Instant now) {
        TicketStatus from = status;
        boolean reopening =
                target == TicketStatus.OPEN && (from == TicketStatus.RESOLVED || from == TicketStatus.CLOSED);
        status = target;
        pendingReason = target == TicketStatus.PENDING ? reason : null;
        changes.add(Change.field(reopening ? "REOPENED" : "STATUS_CHANGED", "status", from, target)
                .with("pendingReason", pendingReason == null ? null : pendingReason.name()));
        if (reopening) {
            reopenCount++;
            resolvedAt = null;
            closedAt = null;
        }
        if (target == TicketStatus.RESOLVED) {
            resolvedAt = now;
            if (resolutionDue != null && now.isAfter(resolutionDue) && !resolutionBreached) {
                breach("RESOLUTION", resolutionDue);
            }
        }
        if (target == TicketStatus.CLOSED) {
            closedAt = now;
        }
        moveClock(from, target, now);
    }

    private void moveClock(TicketStatus from, TicketStatus to, Instant now) {
        if (!from.clockRuns()) {
            endPause(from, now);
        }
        if (!to.clockRuns()) {
            pausedSince = now;
            pauseSteps.add(new PauseStep(true, to, pendingReason, now));
        } else if (!from.clockRuns()) {
            slaStale = true;
        }
    }

    private void endPause(TicketStatus from, Instant now) {
        if (pausedSince != null && from == TicketStatus.PENDING) {
            pendingSeconds += Duration.between(pausedSince, now).toSeconds();
        }
        pausedSince = null;
        pauseSteps.add(new PauseStep(false, from, null, now));
    }

    private void refuseIfMerged(TicketStatus target) {
        refuseIfMerged(target.name());
    }

    /** A merged ticket is a closed duplicate: {@code change} (a status, or e.g. {@code WORK_LOGGED}) belongs on the other. */
    void refuseIfMerged(String change) {
        if (mergedInto != null) {
            throw new InvalidTransitionException(
                    status.name(),
                    change,
                    "merged",
                    reference() + " was merged into " + mergedInto.reference() + "; work on that ticket");
        }
    }

    // --- conversation -------------------------------------------------------------------------------------

    /** An agent answered the customer: the first answer stops the first-response clock; a new ticket opens. */
    void agentReplied(Instant now) {
        refuseIfDone("reply");
        agentReplyCount++;
        if (firstResponseAt == null) {
            firstResponseAt = now;
            slaStale = true;
            if (firstResponseDue != null && now.isAfter(firstResponseDue) && !firstResponseBreached) {
                breach("FIRST_RESPONSE", firstResponseDue);
            }
        }
        if (status == TicketStatus.NEW) {
            enter(TicketStatus.OPEN, null, now);
        }
    }

    /** The customer wrote: a ticket waiting for them, or resolved, needs attention again. */
    void customerWrote(Instant now) {
        refuseIfDone("customer message");
        if (status == TicketStatus.PENDING || status == TicketStatus.RESOLVED) {
            enter(TicketStatus.OPEN, null, now);
        }
    }

    private void refuseIfDone(String what) {
        if (status == TicketStatus.CLOSED) {
            throw new InvalidTransitionException(
                    status.name(),
                    status.name(),
                    mergedInto != null ? "merged" : "closed",
                    reference() + " is closed; a " + what + " needs it reopened"
                            + (mergedInto != null ? " — it was merged into " + mergedInto.reference() : ""));
        }
    }

    // --- fields -------------------------------------------------------------------------------------------

    void changeSubject(String value) {
        if (!value.equals(subject)) {
            changes.add(Change.field("SUBJECT_CHANGED", "subject", subject, value));
            subject = value;
        }
    }

    void changePriority(Priority value) {
        if (value != priority) {
            changes.add(Change.field("PRIORITY_CHANGED", "priority", priority, value));
            priority = value;
            slaStale = true;
            policyStale = true;
        }
    }

    void changeType(TicketType value) {
        if (value != type) {
            changes.add(Change.field("TYPE_CHANGED", "type", type, value));
            type = value;
        }
    }

    void changeChannel(Channel value) {
        if (value != channel) {
            changes.add(Change.field("CHANNEL_CHANGED", "channel", channel, value));
            channel = value;
        }
    }

    void changeCategory(@Nullable NamedRef value) {
        if (!sameRef(category, value)) {
            changes.add(Change.field("CATEGORY_CHANGED", "category", name(category), name(value)));
            category = value;
            slaStale = true;
            policyStale = true;
        }
    }

    void changeProduct(@Nullable NamedRef value) {
        if (!sameRef(product, value)) {
            changes.add(Change.field("PRODUCT_CHANGED", "product", name(product), name(value)));
            product = value;
        }
    }

    void changeLanguage(@Nullable String value) {
        if (!Objects.equals(language, value)) {
            changes.add(Change.field("LANGUAGE_CHANGED", "language", language, value));
            language = value;
        }
    }

    void changeTags(List<String> value) {
        if (!tags.equals(value)) {
            changes.add(Change.field("TAGS_CHANGED", "tags", String.join(", ", tags), String.join(", ", value)));
            tags = new ArrayList<>(value);
        }
    }

    void assignTeam(@Nullable NamedRef value) {
        if (!sameRef(team, value)) {
            refuseIfDone("team change");
            changes.add(Change.field("TEAM_CHANGED", "team", name(team), name(value)));
            team = value;
        }
    }

    void assign(@Nullable AgentRef value) {
        UUID now = value == null ? null : value.id();
        UUID before = assignee == null ? null : assignee.id();
        if (!Objects.equals(before, now)) {
            refuseIfDone("reassignment");
            changes.add(Change.field(
                    "ASSIGNEE_CHANGED",
                    "assignee",
                    assignee == null ? null : assignee.username(),
                    value == null ? null : value.username()));
            assignee = value;
        }
    }

    // --- escalation, links, merge ------------------------------------------------------------------------

    /** Hands the ticket up to management; a ticket is escalated at most once, and only while it is being worked. */
    void escalate(String reason, Instant now) {
        if (!status.isActive()) {
            throw new InvalidTransitionException(
                    status.name(),
                    status.name(),
                    "not_active",
                    reference() + " is " + status + "; only active tickets are escalated");
        }
        if (escalated) {
            throw new InvalidTransitionException(
                    status.name(),
                    status.name(),
                    "already_escalated",
                    reference() + " is already escalated to management");
        }
        escalated = true;
        escalatedAt = now;
        changes.add(Change.field("ESCALATED", "escalated", false, true)
                .with("level", org.helpdesk.ticket.Escalation.MANAGEMENT)
                .with("reason", reason));
    }

    void linkRepeatOf(TicketLink earlier) {
        if (repeatOf == null) {
            repeatOf = earlier;
            changes.add(Change.field("REPEAT_CONTACT_LINKED", "repeatOf", null, earlier.reference()));
        }
    }

    /** Closes this ticket as a duplicate of {@code target}; its conversation moves there. */
    void mergeInto(TicketState target, Instant now) {
        if (target.id.equals(id)) {
            throw InvalidInputException.of("into", "same_ticket", "a ticket cannot be merged into itself");
        }
        for (TicketState t : List.of(this, target)) {
            if (t.mergedInto != null || !t.status.isActive()) {
                throw new InvalidTransitionException(
                        t.status.name(),
                        TicketStatus.CLOSED.name(),
                        t.mergedInto != null ? "merged" : "not_active",
                        t.reference() + " is " + t.status + "; only active tickets can be merged");
            }
        }
        TicketStatus from = status;
        status = TicketStatus.CLOSED;
        pendingReason = null;
        closedAt = now;
        mergedInto = new TicketLink(target.id, target.number);
        changes.add(
                Change.field("MERGED_INTO", "status", from, TicketStatus.CLOSED).with("into", target.reference()));
        moveClock(from, TicketStatus.CLOSED, now);
        target.agentReplyCount += agentReplyCount;
        target.changes.add(new Change("MERGED_FROM", java.util.Map.of("field", "conversation", "from", reference())));
    }

    void recordSplit(TicketLink into, int messages) {
        changes.add(new Change(
                "SPLIT_INTO",
                java.util.Map.of("field", "conversation", "into", into.reference(), "messages", messages)));
    }

    // --- SLA ----------------------------------------------------------------------------------------------

    /** Marks deadlines that passed while the clock ran. */
    void markBreaches(Instant now) {
        if (!status.clockRuns()) {
            return;
        }
        if (firstResponseAt == null
                && firstResponseDue != null
                && !now.isBefore(firstResponseDue)
                && !firstResponseBreached) {
            breach("FIRST_RESPONSE", firstResponseDue);
        }
        if (resolutionDue != null && !now.isBefore(resolutionDue) && !resolutionBreached) {
            breach("RESOLUTION", resolutionDue);
        }
    }

    private void breach(String target, Instant due) {
        if (target.equals("FIRST_RESPONSE")) {
            firstResponseBreached = true;
        } else {
            resolutionBreached = true;
        }
        changes.add(Change.field("SLA_BREACHED", "sla", null, target).with("due", due.toString()));
    }

    /** The next deadline while the clock runs: first response until it is given, then resolution. */
    void refreshDueAt() {
        if (!status.clockRuns() || slaPolicyId == null) {
            slaDueAt = null;
        } else if (firstResponseAt == null && firstResponseDue != null && resolutionDue != null) {
            slaDueAt = firstResponseDue.isBefore(resolutionDue) ? firstResponseDue : resolutionDue;
        } else {
            slaDueAt = resolutionDue;
        }
    }

    private static boolean sameRef(@Nullable NamedRef a, @Nullable NamedRef b) {
        return Objects.equals(a == null ? null : a.id(), b == null ? null : b.id());
    }

    private static @Nullable String name(@Nullable NamedRef ref) {
        return ref == null ? null : ref.name();
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public TicketStatus status() {
        return status;
    }
}
