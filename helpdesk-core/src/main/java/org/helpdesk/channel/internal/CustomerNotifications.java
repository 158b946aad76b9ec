package org.helpdesk.channel.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.channel.MailKind;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the customer what happened to their ticket: received, answered (the answer itself), resolved. The mail is
 * queued in the transaction of the change, so a change that is rolled back sends nothing and a committed one
 * cannot lose its mail. History replayed into the desk (imports, the demo data) notifies nobody.
 */
@Component
class CustomerNotifications {

    /** A change recorded as happening longer ago than this is history being replayed, not news. */
    private static final Duration NEWS = Duration.ofHours(1);

    private final Tickets tickets;
    private final Customers customers;
    private final MailOutbox outbox;
    private final JdbcClient jdbc;
    private final ChannelProperties.Notify notify;
    private final Clock clock;

    CustomerNotifications(
            Tickets tickets,
            Customers customers,
            MailOutbox outbox,
            JdbcClient jdbc,
            ChannelProperties properties,
            Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.notify = properties.mail().notifications();
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TicketChanged change) {
        if (change.occurredAt().isBefore(clock.instant().minus(NEWS))) {
            return;
        }
        switch (change.change()) {
            case "CREATED" -> {
                if (notify.received()) {
                    tickets.find(change.ticketId()).ifPresent(t -> send(t, MailKind.RECEIVED, Map.of()));
                }
            }
            case "REPLIED" -> {
                if (notify.replied()) {
                    tickets.find(change.ticketId()).ifPresent(this::sendReply);
                }
            }
            case "STATUS_CHANGED" -> {
                if (notify.resolved()) {
                    tickets.find(change.ticketId())
                            .filter(t -> t.status() == TicketStatus.RESOLVED)
                            .ifPresent(t -> send(t, MailKind.RESOLVED, Map.of()));
                }
            }
            default -> {
                // other changes are the desk's own business
            }
        }
    }

    private void sendReply(Ticket ticket) {
        // The reply was written in this transaction: it is the ticket's latest public agent message.
        jdbc.sql("""
                        select m.body, coalesce(u.display_name, m.author) as agent
                          from ticket_message m left join user_account u on lower(u.username) = lower(m.author)
                         where m.ticket_id = ? and m.author_type = 'AGENT' and m.visibility = 'PUBLIC'
                         order by m.created_at desc, m.id desc limit 1""")
                .param(ticket.id().value())
                .query((rs, n) -> Map.of("message", rs.getString("body"), "agentName", rs.getString("agent")))
                .optional()
                .ifPresent(values -> send(ticket, MailKind.REPLIED, values));
    }

    private void send(Ticket ticket, MailKind kind, Map<String, String> values) {
        outbox.enqueue(ticket, kind, language(ticket), values);
    }

    String language(Ticket ticket) {
        String language = ticket.classification().language();
        if (language == null) {
            language =
                    customers.find(ticket.customerId()).map(Customer::language).orElse(null);
        }
        return Optional.ofNullable(language).orElse("en");
    }
}
