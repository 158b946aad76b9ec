package org.helpdesk.feedback.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.feedback.FeedbackProperties;
import org.helpdesk.feedback.SurveyDelivery;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites the customer to a survey when a ticket is resolved. The invitation and its delivery (a mail in the
 * outbox) are written in the resolving transaction, so no customer gets a link to a resolution that was rolled
 * back, and no committed resolution loses its survey.
 */
@Component
class ResolvedTicketSurveys {

    private static final Set<String> LANGUAGES = Set.of("en", "ru", "bg");

    private final Tickets tickets;
    private final Customers customers;
    private final Surveys surveys;
    private final SurveyDelivery delivery;
    private final Clock clock;
    private final Duration linkValidity;

    ResolvedTicketSurveys(
            Tickets tickets,
            Customers customers,
            Surveys surveys,
            SurveyDelivery delivery,
            Clock clock,
            FeedbackProperties properties) {
        this.tickets = tickets;
        this.customers = customers;
        this.surveys = surveys;
        this.delivery = delivery;
        this.clock = clock;
        this.linkValidity = properties.linkValidity();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TicketChanged change) {
        // A resolution is recorded as STATUS_CHANGED; the ticket's new status tells which one it was.
        if (!"STATUS_CHANGED".equals(change.change())) {
            return;
        }
        tickets.find(change.ticketId())
                .filter(ticket -> ticket.status() == TicketStatus.RESOLVED)
                .filter(this::recent)
                .ifPresent(this::invite);
    }

    /**
     * Only a resolution the customer still remembers is surveyed: one recorded as happening longer ago than a link
     * would stay valid (history replayed into the desk, such as the demo data) gets no survey.
     */
    private boolean recent(Ticket ticket) {
        Instant resolved = ticket.progress().resolvedAt();
        return resolved == null || !resolved.isBefore(clock.instant().minus(linkValidity));
    }

    private void invite(Ticket ticket) {
        surveys.invite(ticket, language(ticket)).forEach(delivery::deliver);
    }

    private String language(Ticket ticket) {
        String language = supported(ticket.classification().language());
        if (language == null) {
            language = customers
                    .find(ticket.customerId())
                    .map(Customer::language)
                    .map(ResolvedTicketSurveys::supported)
                    .orElse(null);
        }
        return language == null ? "en" : language;
    }

    private static @Nullable String supported(@Nullable String language) {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(code) ? code : null;
    }
}
