package org.helpdesk.feedback.internal;

import java.util.List;
import org.helpdesk.feedback.Feedback;
import org.helpdesk.feedback.FeedbackDraft;
import org.helpdesk.feedback.FeedbackSource;
import org.helpdesk.ticket.AuthorType;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.Tickets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What customers write on tickets is feedback too: the request itself and every later customer message become
 * feedback items (source {@code TICKET_MESSAGE}, linked to the ticket, customer and product) in the same
 * transaction, and are analysed like survey comments. The ticket or message id keeps each one stored once.
 */
@Component
class TicketMessageFeedback {

    private final Tickets tickets;
    private final Feedback feedback;

    TicketMessageFeedback(Tickets tickets, Feedback feedback) {
        this.tickets = tickets;
        this.feedback = feedback;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TicketChanged change) {
        switch (change.change()) {
            case "CREATED" -> tickets.find(change.ticketId()).ifPresent(this::request);
            case "CUSTOMER_WROTE" -> tickets.find(change.ticketId()).ifPresent(this::latestMessage);
            default -> {
                // only the customer's own words are feedback
            }
        }
    }

    private void request(Ticket ticket) {
        store(
                ticket,
                ticket.subject() + "\n" + ticket.description(),
                ticket.createdAt(),
                "ticket:" + ticket.id().value());
    }

    private void latestMessage(Ticket ticket) {
        List<Message> messages = tickets.messages(ticket.id(), false);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message m = messages.get(i);
            if (m.authorType() == AuthorType.CUSTOMER) {
                store(ticket, m.body(), m.createdAt(), "message:" + m.id());
                return;
            }
        }
    }

    private void store(Ticket ticket, String text, java.time.Instant at, String externalId) {
        String comment =
                text.length() > FeedbackDraft.COMMENT_MAX ? text.substring(0, FeedbackDraft.COMMENT_MAX) : text;
        FeedbackDraft draft = new FeedbackDraft(
                null,
                null,
                comment,
                ticket.classification().language(),
                ticket.classification().channel().name(),
                ticket.classification().product() == null
                        ? null
                        : ticket.classification().product().id(),
                ticket.id().value(),
                ticket.customerId().value(),
                ticket.assignment().assignee() == null
                        ? null
                        : ticket.assignment().assignee().username(),
                at,
                externalId);
        if (draft.violations("").isEmpty()) {
            feedback.record(List.of(draft), FeedbackSource.TICKET_MESSAGE);
        }
    }
}
