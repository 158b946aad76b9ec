package org.helpdesk.web.ticket;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.ticket.AssignmentChange;
import org.helpdesk.ticket.Escalation;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.LinkedTicket;
import org.helpdesk.ticket.ReopenOutcome;
import org.helpdesk.ticket.SplitRequest;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketUpdate;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.ticket.WorkLogDraft;
import org.helpdesk.ticket.WorkLogEntry;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets over REST; the same rules as the pages, because both go through {@link Tickets}. Changes to a
 * ticket's fields, status and assignment carry the {@code version} the caller read: a change made meanwhile
 * to the same fields answers 409 with what changed.
 */
@RestController
@RequestMapping(path = "/api/v1/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
class TicketApi {

    static final String WRITERS = "hasAnyRole('AGENT','ADMIN')";

    private final Tickets tickets;
    private final UserAccounts accounts;
    private final MacroReplies macros;

    TicketApi(Tickets tickets, UserAccounts accounts, MacroReplies macros) {
        this.tickets = tickets;
        this.accounts = accounts;
        this.macros = macros;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<TicketView> open(@RequestBody TicketDraft draft, Principal principal) {
        Ticket ticket = tickets.open(draft, principal.getName());
        return created(ticket);
    }

    /**
     * A view of the tickets: {@code view} is MINE, UNASSIGNED, BREACHING, OPEN or ALL (the default); filters
     * status, priority, team, assignee (username), category, product, channel, type, tag, customer; {@code sort}
     * CREATED, UPDATED, DUE, PRIORITY, NUMBER or STATUS with {@code order} asc or desc.
     */
    @GetMapping
    TicketView.Page list(
            @ModelAttribute TicketFilter filter,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size,
            Principal principal) {
        TicketQuery query = filter.toQuery(accounts, TicketQuery.Queue.ALL, page, size);
        return TicketView.Page.of(tickets.query(query, Viewers.of(tickets)));
    }

    @GetMapping("/{reference}")
    TicketView get(@PathVariable String reference) {
        return TicketView.of(tickets.get(reference, Viewers.of(tickets)));
    }

    @GetMapping("/{reference}/history")
    List<HistoryEntry> history(@PathVariable String reference) {
        return tickets.history(tickets.get(reference, Viewers.of(tickets)).id());
    }

    /** Changes subject, priority, type, channel, categoryId, productId, language or tags; send {@code version}. */
    @PatchMapping(path = "/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    TicketView update(@PathVariable String reference, @RequestBody TicketUpdate update, Principal principal) {
        return TicketView.of(tickets.update(reference, update, principal.getName()));
    }

    /** Moves the ticket along its workflow: {@code {"version": 3, "status": "PENDING", "pendingReason": "WAITING_ON_CUSTOMER"}}. */
    @PostMapping(path = "/{reference}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    TicketView changeStatus(@PathVariable String reference, @RequestBody StatusChange change, Principal principal) {
        return TicketView.of(tickets.changeStatus(reference, change, principal.getName()));
    }

    /** Reopens the ticket (200), or opens a follow-up linked to it when it was closed too long ago (201). */
    @PostMapping("/{reference}/reopen")
    @PreAuthorize(WRITERS)
    ResponseEntity<TicketView> reopen(@PathVariable String reference, Principal principal) {
        ReopenOutcome outcome = tickets.reopen(reference, principal.getName());
        return outcome.followUp() ? created(outcome.ticket()) : ResponseEntity.ok(TicketView.of(outcome.ticket()));
    }

    @PostMapping(path = "/{reference}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    TicketView assign(@PathVariable String reference, @RequestBody AssignmentChange change, Principal principal) {
        return TicketView.of(tickets.assign(reference, change, principal.getName()));
    }

    /** Takes the most urgent unassigned ticket of the caller's teams; 204 when the queues are empty. */
    @PostMapping("/take-next")
    @PreAuthorize(WRITERS)
    ResponseEntity<TicketView> takeNext(@RequestParam(required = false) @Nullable UUID team, Principal principal) {
        return tickets.takeNext(principal.getName(), team)
                .map(t -> ResponseEntity.ok(TicketView.of(t)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping(path = "/{reference}/escalation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    TicketView escalate(@PathVariable String reference, @RequestBody ReasonBody body, Principal principal) {
        return TicketView.of(tickets.escalate(reference, body.reason(), principal.getName()));
    }

    @GetMapping("/{reference}/escalations")
    List<Escalation> escalations(@PathVariable String reference) {
        return tickets.escalations(tickets.get(reference, Viewers.of(tickets)).id());
    }

    /** Closes this ticket as a duplicate of {@code into}; answers with the ticket it was merged into. */
    @PostMapping(path = "/{reference}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    TicketView merge(@PathVariable String reference, @RequestBody MergeBody body, Principal principal) {
        return TicketView.of(tickets.merge(reference, body.into(), principal.getName()));
    }

    @PostMapping(path = "/{reference}/split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<TicketView> split(
            @PathVariable String reference, @RequestBody SplitRequest body, Principal principal) {
        return created(tickets.split(reference, body, principal.getName()));
    }

    @GetMapping("/{reference}/links")
    List<LinkView> links(@PathVariable String reference) {
        return tickets.links(tickets.get(reference, Viewers.of(tickets)).id(), Viewers.of(tickets)).stream()
                .map(LinkView::of)
                .toList();
    }

    /** Answers with a canned response, its placeholders filled in for this ticket. */
    @PostMapping("/{reference}/macros/{macroId}")
    @PreAuthorize(WRITERS)
    ResponseEntity<org.helpdesk.ticket.Message> applyMacro(
            @PathVariable String reference, @PathVariable UUID macroId, Principal principal) {
        return ResponseEntity.status(201).body(macros.apply(reference, macroId, principal.getName()));
    }

    /** Logs time spent on the ticket: {@code {"minutes": 25, "note": "Called the courier"}}. */
    @PostMapping(path = "/{reference}/work-log", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    ResponseEntity<WorkLogEntry> logWork(
            @PathVariable String reference, @RequestBody WorkLogDraft body, Principal principal) {
        WorkLogEntry entry = tickets.logWork(reference, body, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + reference + "/work-log"))
                .body(entry);
    }

    @GetMapping("/{reference}/work-log")
    List<WorkLogEntry> workLog(@PathVariable String reference) {
        return tickets.workLog(tickets.get(reference, Viewers.of(tickets)).id());
    }

    /** A queued phone call or chat was picked up: {@code {"at": "2025-03-05T10:06:00Z"}}, or now without a body. */
    @PostMapping("/{reference}/pickup")
    @PreAuthorize(WRITERS)
    TicketView pickUp(
            @PathVariable String reference,
            @RequestBody(required = false) @Nullable PickupBody body,
            Principal principal) {
        return TicketView.of(tickets.pickUp(reference, body == null ? null : body.at(), principal.getName()));
    }

    record PickupBody(java.time.@Nullable Instant at) {}

    private static ResponseEntity<TicketView> created(Ticket ticket) {
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.reference()))
                .body(TicketView.of(ticket));
    }

    record ReasonBody(@Nullable String reason) {}

    record MergeBody(@Nullable String into) {}

    record LinkView(String kind, String reference, String subject, String status) {

        static LinkView of(LinkedTicket link) {
            return new LinkView(
                    link.kind().name(),
                    link.ticket().reference(),
                    link.subject(),
                    link.status().name());
        }
    }
}
