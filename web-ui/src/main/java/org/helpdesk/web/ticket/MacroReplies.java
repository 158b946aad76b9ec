package org.helpdesk.web.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.macro.Macro;
import org.helpdesk.macro.Macros;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.security.Viewers;
import org.springframework.stereotype.Component;

/** Applies a canned response to a ticket: fills in its placeholders, posts it, and moves the status if it says so. */
@Component
class MacroReplies {

    private final Tickets tickets;
    private final Macros macros;
    private final UserAccounts accounts;

    MacroReplies(Tickets tickets, Macros macros, UserAccounts accounts) {
        this.tickets = tickets;
        this.macros = macros;
        this.accounts = accounts;
    }

    Message apply(String reference, UUID macroId, String actor) {
        Ticket ticket = tickets.get(reference, Viewers.of(tickets));
        Macro macro = macros.get(macroId);
        Message message = tickets.post(
                reference,
                new MessageDraft(macro.render(values(ticket, actor)), macro.visibility(), "AGENT"),
                List.of(),
                actor);
        if (macro.setStatus() != null) {
            Ticket now = tickets.get(reference);
            TicketStatus target = TicketStatus.valueOf(macro.setStatus());
            if (now.status() != target && now.status().canMoveTo(target)) {
                String reason = target == TicketStatus.PENDING ? "WAITING_ON_CUSTOMER" : null;
                tickets.changeStatus(reference, new StatusChange(now.version(), target.name(), reason), actor);
            }
        }
        return message;
    }

    /** The placeholder values for this ticket and agent. */
    Map<String, String> values(Ticket ticket, String actor) {
        Map<String, String> values = new HashMap<>();
        values.put("ticket.reference", ticket.reference());
        values.put("ticket.subject", ticket.subject());
        values.put("customer.email", ticket.customerEmail());
        values.put("customer.name", ticket.customerName() == null ? ticket.customerEmail() : ticket.customerName());
        values.put(
                "agent.name",
                accounts.findByUsername(actor).map(UserAccount::displayName).orElse(actor));
        return values;
    }
}
