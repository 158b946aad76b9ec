package org.helpdesk.audit.internal;

import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.TicketReference;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records every ticket change in the transaction that makes it: no change without its audit entry. */
@Component
class TicketChangeAuditor {

    private final AuditTrail trail;

    TicketChangeAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TicketChanged change) {
        trail.record(AuditEntry.of(
                change.actor(),
                AuditActions.ticket(change.change()),
                "ticket",
                TicketReference.format(change.number()),
                Map.of("ticketId", change.ticketId().toString(), "change", change.change())));
    }
}
