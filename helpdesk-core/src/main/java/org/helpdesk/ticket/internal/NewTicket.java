package org.helpdesk.ticket.internal;

import java.time.Instant;
import java.util.List;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.AgentRef;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/** Everything needed to insert a ticket row, with references already checked. */
record NewTicket(
        TicketId id,
        String subject,
        String description,
        CustomerId customerId,
        Priority priority,
        Channel channel,
        TicketType type,
        @Nullable NamedRef category,
        @Nullable NamedRef product,
        @Nullable NamedRef team,
        @Nullable AgentRef assignee,
        @Nullable String language,
        List<String> tags,
        @Nullable TicketLink splitFrom,
        @Nullable TicketLink followUpOf,
        String actor,
        Instant at) {}
