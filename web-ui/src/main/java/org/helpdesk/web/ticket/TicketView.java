package org.helpdesk.web.ticket;

import java.time.Instant;
import java.util.List;
import org.helpdesk.ticket.Classification;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Progress;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketLink;
import org.helpdesk.ticket.TicketPage;
import org.jspecify.annotations.Nullable;

/** A ticket as the REST API shows it. Links to other tickets are given by reference. */
record TicketView(
        String id,
        String reference,
        long number,
        String subject,
        String description,
        String customerEmail,
        @Nullable String customerName,
        String priority,
        String status,
        @Nullable String pendingReason,
        String channel,
        String type,
        @Nullable NamedRef category,
        @Nullable NamedRef product,
        @Nullable String language,
        List<String> tags,
        @Nullable NamedRef team,
        @Nullable String assignee,
        Sla sla,
        Progress progress,
        boolean firstContactResolution,
        Links links,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    static TicketView of(Ticket t) {
        Classification c = t.classification();
        return new TicketView(
                t.id().toString(),
                t.reference(),
                t.number(),
                t.subject(),
                t.description(),
                org.helpdesk.web.customer.Contacts.current().email(t.customerEmail()),
                t.customerName(),
                t.priority().name(),
                t.status().name(),
                t.pendingReason() == null ? null : t.pendingReason().name(),
                c.channel().name(),
                c.type().name(),
                c.category(),
                c.product(),
                c.language(),
                c.tags(),
                t.assignment().team(),
                t.assignment().assignee() == null
                        ? null
                        : t.assignment().assignee().username(),
                new Sla(
                        t.sla().policy() == null ? null : t.sla().policy().name(),
                        t.sla().firstResponseDue(),
                        t.sla().resolutionDue(),
                        t.sla().dueAt(),
                        t.sla().firstResponseBreached(),
                        t.sla().resolutionBreached(),
                        t.sla().pausedSince(),
                        t.sla().pendingTime().toSeconds()),
                t.progress(),
                t.firstContactResolution(),
                new Links(
                        ref(t.links().repeatOf()),
                        ref(t.links().mergedInto()),
                        ref(t.links().splitFrom()),
                        ref(t.links().followUpOf())),
                t.createdBy(),
                t.createdAt(),
                t.updatedAt(),
                t.updatedBy(),
                t.version());
    }

    private static @Nullable String ref(@Nullable TicketLink link) {
        return link == null ? null : link.reference();
    }

    record Sla(
            @Nullable String policy,
            @Nullable Instant firstResponseDue,
            @Nullable Instant resolutionDue,
            @Nullable Instant dueAt,
            boolean firstResponseBreached,
            boolean resolutionBreached,
            @Nullable Instant pausedSince,
            long pendingSeconds) {}

    record Links(
            @Nullable String repeatOf,
            @Nullable String mergedInto,
            @Nullable String splitFrom,
            @Nullable String followUpOf) {}

    record Page(List<TicketView> items, int page, int size, long total) {

        static Page of(TicketPage page) {
            return new Page(page.items().stream().map(TicketView::of).toList(), page.page(), page.size(), page.total());
        }
    }
}
