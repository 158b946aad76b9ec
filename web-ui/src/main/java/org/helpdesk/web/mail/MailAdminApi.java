package org.helpdesk.web.mail;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.channel.InboundMail;
import org.helpdesk.channel.MailKind;
import org.helpdesk.channel.MailLog;
import org.helpdesk.channel.MailTemplate;
import org.helpdesk.channel.MailTemplates;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.channel.MailboxDraft;
import org.helpdesk.channel.Mailboxes;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.web.audit.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The e-mail channel over REST, for administrators only: mailboxes (a password is accepted, never returned), the
 * incoming mail log with retry and dismiss, the outbox's state and the mail templates. A mailbox change carries the
 * {@code version} the caller read, as ticket changes do: a change made meanwhile answers 409.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/mail", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class MailAdminApi {

    private static final String API = "api";

    private final Mailboxes mailboxes;
    private final MailLog log;
    private final MailTemplates templates;
    private final MailAudit audit;
    private final Clock clock;

    MailAdminApi(Mailboxes mailboxes, MailLog log, MailTemplates templates, MailAudit audit, Clock clock) {
        this.mailboxes = mailboxes;
        this.log = log;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/mailboxes")
    List<Mailbox> mailboxes() {
        return mailboxes.all();
    }

    /** Adds a mailbox: {@code name, address, host, port, security (SSL, STARTTLS, NONE), username, password, folder, teamId, categoryId, enabled}. */
    @PostMapping(path = "/mailboxes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Mailbox> create(@RequestBody MailboxBody body, Principal principal) {
        Mailbox created = mailboxes.create(body.draft());
        audit.mailboxCreated(principal.getName(), API, created);
        return ResponseEntity.created(URI.create("/api/v1/admin/mail/mailboxes/" + created.id()))
                .body(created);
    }

    @GetMapping("/mailboxes/{id}")
    Mailbox mailbox(@PathVariable UUID id) {
        return mailboxes.get(id);
    }

    /** Replaces a mailbox's settings as read at {@code version}; leave {@code password} out to keep the stored one. */
    @PutMapping(path = "/mailboxes/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mailbox update(@PathVariable UUID id, @RequestBody MailboxBody body, Principal principal) {
        Mailbox before = mailboxes.get(id);
        Mailbox after = mailboxes.update(id, body.requiredVersion(), body.draft());
        audit.mailboxChanged(
                principal.getName(),
                API,
                before,
                after,
                body.password() != null && !body.password().isEmpty());
        return after;
    }

    /** Removes a mailbox; the mail it brought in stays in the log. */
    @DeleteMapping("/mailboxes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Principal principal) {
        Mailbox box = mailboxes.get(id);
        mailboxes.delete(id);
        audit.mailboxDeleted(principal.getName(), API, box);
    }

    /** Connects and signs in now: {@code ok} with the unread count, or {@code ok: false} with the server's error. */
    @PostMapping("/mailboxes/{id}/check")
    Mailboxes.ConnectionCheck check(@PathVariable UUID id) {
        return mailboxes.check(id);
    }

    /** Fetches new mail now instead of at the next poll; {@code stored} is how many mails were new. */
    @PostMapping("/mailboxes/{id}/fetch")
    Fetched fetch(@PathVariable UUID id, Principal principal) {
        Mailbox box = mailboxes.get(id);
        int stored = mailboxes.pollNow(id);
        audit.mailboxFetched(principal.getName(), API, box, stored);
        Mailbox after = mailboxes.get(id);
        return new Fetched(stored, after.lastPolledAt(), after.lastError());
    }

    /** Incoming mail, newest first; {@code status} is RECEIVED, PROCESSED, IGNORED, FAILED or DISMISSED. */
    @GetMapping("/inbound")
    InboundPage inbound(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MailLog.MAX_PAGE_SIZE) {
            throw new InvalidInputException(List.of(new FieldViolation(
                    page < 0 ? "page" : "size",
                    "out_of_range",
                    "page from 0, size from 1 to " + MailLog.MAX_PAGE_SIZE)));
        }
        return new InboundPage(log.inbound(status, page, size), page, size);
    }

    @GetMapping("/inbound/{id}")
    InboundMail inboundMail(@PathVariable UUID id) {
        return log.inboundMail(id);
    }

    /** The mail exactly as it arrived, as {@code message/rfc822}. */
    @GetMapping(path = "/inbound/{id}/original", produces = "message/rfc822")
    @Audited(action = AuditActions.EXPORT, targetType = "inbound_mail")
    ResponseEntity<byte[]> original(@PathVariable UUID id) {
        return OriginalMail.download(id, log.original(id));
    }

    /** Puts a FAILED (or DISMISSED) mail back in line; anything else answers 409. */
    @PostMapping("/inbound/{id}/retry")
    InboundMail retry(@PathVariable UUID id, Principal principal) {
        InboundMail before = log.inboundMail(id);
        InboundMail after = log.retry(id);
        audit.inboundMoved(principal.getName(), API, "MAIL_RETRIED", before, after);
        return after;
    }

    /** Lets a FAILED mail go; it stays in the log as DISMISSED. */
    @PostMapping("/inbound/{id}/dismiss")
    InboundMail dismiss(@PathVariable UUID id, Principal principal) {
        InboundMail before = log.inboundMail(id);
        InboundMail after = log.dismiss(id);
        audit.inboundMoved(principal.getName(), API, "MAIL_DISMISSED", before, after);
        return after;
    }

    /** Mail waiting to be sent, the oldest waiting one, how many were sent in the last 24 hours, the last error. */
    @GetMapping("/outbox")
    MailLog.OutboxStatus outbox() {
        return log.outbox(clock.instant());
    }

    @GetMapping("/templates")
    List<TemplateView> templates() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GetMapping("/templates/{kind}/{lang}")
    TemplateView template(@PathVariable String kind, @PathVariable String lang) {
        return TemplateView.of(TemplateAddress.get(templates, kind, lang));
    }

    /** Stores an admin's text: {@code {"subject": "...", "body": "..."}}; unknown placeholders answer 400. */
    @PutMapping(path = "/templates/{kind}/{lang}", consumes = MediaType.APPLICATION_JSON_VALUE)
    TemplateView saveTemplate(
            @PathVariable String kind, @PathVariable String lang, @RequestBody TemplateBody body, Principal principal) {
        MailTemplate before = TemplateAddress.get(templates, kind, lang);
        MailTemplate after =
                templates.save(before.kind(), before.language(), body.subject(), body.body(), principal.getName());
        audit.templateSaved(principal.getName(), API, before, after);
        return TemplateView.of(after);
    }

    /** Back to the built-in text; answers with it. */
    @DeleteMapping("/templates/{kind}/{lang}")
    TemplateView resetTemplate(@PathVariable String kind, @PathVariable String lang, Principal principal) {
        MailTemplate before = TemplateAddress.get(templates, kind, lang);
        MailTemplate after = templates.reset(before.kind(), before.language());
        audit.templateReset(principal.getName(), API, before);
        return TemplateView.of(after);
    }

    /** A mailbox as sent by a client; {@code version} only matters for a change. */
    record MailboxBody(
            @Nullable String name,
            @Nullable String address,
            @Nullable String host,
            @Nullable Integer port,
            @Nullable String security,
            @Nullable String username,
            @Nullable String password,
            @Nullable String folder,
            @Nullable String teamId,
            @Nullable String categoryId,
            @Nullable Boolean enabled,
            @Nullable Long version) {

        MailboxDraft draft() {
            return new MailboxDraft(
                    name, address, host, port, security, username, password, folder, teamId, categoryId, enabled);
        }

        long requiredVersion() {
            if (version == null) {
                throw InvalidInputException.of("version", "required", "send the version you read");
            }
            return version;
        }
    }

    record TemplateBody(@Nullable String subject, @Nullable String body) {}

    record InboundPage(List<InboundMail> items, int page, int size) {}

    record Fetched(
            int stored,
            @Nullable Instant lastPolledAt,
            @Nullable String lastError) {}

    /** A template with the placeholders its kind offers, so a client can check a text before sending it. */
    record TemplateView(
            MailKind kind,
            String language,
            String subject,
            String body,
            boolean custom,
            @Nullable String updatedBy,
            @Nullable Instant updatedAt,
            List<String> placeholders) {

        static TemplateView of(MailTemplate t) {
            return new TemplateView(
                    t.kind(),
                    t.language(),
                    t.subject(),
                    t.body(),
                    t.custom(),
                    t.updatedBy(),
                    t.updatedAt(),
                    t.kind().placeholders());
        }
    }
}
