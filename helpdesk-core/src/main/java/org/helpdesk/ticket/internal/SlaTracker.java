package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.sla.PausedSpan;
import org.helpdesk.sla.SlaPolicies;
import org.helpdesk.sla.SlaPolicy;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Priority;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps each ticket's SLA deadlines right: set when it opens, worked out again (counting every pause) when
 * the clock restarts or the priority or category changes.
 */
@Component
class SlaTracker {

    private final SlaPolicies policies;
    private final TicketStore store;

    SlaTracker(SlaPolicies policies, TicketStore store) {
        this.policies = policies;
        this.store = store;
    }

    /** The deadlines of a ticket opening now. */
    Deadlines opening(Priority priority, @Nullable NamedRef category, Instant at) {
        return policyFor(priority, category)
                .map(p -> new Deadlines(p, p.firstResponseDue(at, List.of()), p.resolutionDue(at, List.of())))
                .orElse(null);
    }

    void refresh(TicketState s) {
        if (s.slaStale && s.status.clockRuns()) {
            Optional<SlaPolicy> policy = s.policyStale || s.slaPolicyId == null
                    ? policyFor(s.priority, s.category)
                    : policies.find(s.slaPolicyId);
            List<PausedSpan> pauses = store.pauses(s.id);
            s.slaPolicyId = policy.map(SlaPolicy::id).orElse(null);
            s.firstResponseDue =
                    policy.map(p -> p.firstResponseDue(s.createdAt, pauses)).orElse(null);
            s.resolutionDue =
                    policy.map(p -> p.resolutionDue(s.createdAt, pauses)).orElse(null);
            s.slaStale = false;
            s.policyStale = false;
        }
        s.refreshDueAt();
    }

    private Optional<SlaPolicy> policyFor(Priority priority, @Nullable NamedRef category) {
        return policies.policyFor(priority.name(), category == null ? null : new CategoryId(category.id()));
    }

    record Deadlines(SlaPolicy policy, Instant firstResponse, Instant resolution) {

        Instant next() {
            return firstResponse.isBefore(resolution) ? firstResponse : resolution;
        }
    }
}
