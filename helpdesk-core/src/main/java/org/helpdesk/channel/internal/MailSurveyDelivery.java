package org.helpdesk.channel.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.channel.MailKind;
import org.helpdesk.feedback.SurveyDelivery;
import org.helpdesk.feedback.SurveyLink;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketReference;
import org.helpdesk.ticket.Tickets;
import org.springframework.stereotype.Component;

/** Mails survey links to customers through the outbox, in the resolving transaction. */
@Component
class MailSurveyDelivery implements SurveyDelivery {

    private final Tickets tickets;
    private final MailOutbox outbox;

    MailSurveyDelivery(Tickets tickets, MailOutbox outbox) {
        this.tickets = tickets;
        this.outbox = outbox;
    }

    @Override
    public void deliver(SurveyLink link) {
        Ticket ticket = tickets.get(TicketReference.format(link.ticketNumber()));
        String validUntil = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(link.language()))
                .withZone(ZoneOffset.UTC)
                .format(link.expiresAt());
        outbox.enqueue(
                ticket,
                MailKind.SURVEY,
                link.language(),
                Map.of("surveyLink", link.url().toString(), "surveyValidUntil", validUntil));
    }
}
