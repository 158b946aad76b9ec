package org.helpdesk.web.mail;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.channel.MailLog;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.channel.Mailboxes;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.team.Teams;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's mail pages: an overview of mailboxes, outbox and failures, so a stuck channel is seen at a
 * glance, and the mailbox form with its connection test. The stored password is never sent back to the browser.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailAdminPages {

    /** Mail waiting in the outbox longer than this means sending is stuck, not merely busy. */
    static final Duration OUTBOX_STUCK = Duration.ofMinutes(5);

    private static final String FORM = "admin/mail/mailbox";

    private final Mailboxes mailboxes;
    private final MailLog log;
    private final Teams teams;
    private final Catalog catalog;
    private final MailAudit audit;
    private final Clock clock;

    MailAdminPages(Mailboxes mailboxes, MailLog log, Teams teams, Catalog catalog, MailAudit audit, Clock clock) {
        this.mailboxes = mailboxes;
        this.log = log;
        this.teams = teams;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/mail")
    String overview(Model model) {
        Instant now = clock.instant();
        MailLog.OutboxStatus outbox = log.outbox(now);
        model.addAttribute("mailboxes", mailboxes.all());
        model.addAttribute("outbox", outbox);
        model.addAttribute(
                "outboxStuck",
                outbox.oldestPending() != null
                        && outbox.oldestPending().plus(OUTBOX_STUCK).isBefore(now));
        model.addAttribute("stuckMinutes", OUTBOX_STUCK.toMinutes());
        model.addAttribute("failed", log.count("FAILED"));
        return "admin/mail/index";
    }

    @GetMapping("/admin/mail/mailboxes/new")
    String newMailbox(Model model) {
        return form(MailboxForm.empty(), null, model);
    }

    @PostMapping("/admin/mail/mailboxes")
    String create(
            @ModelAttribute("form") MailboxForm form,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Mailbox created = mailboxes.create(form.toDraft());
            audit.mailboxCreated(principal.getName(), "web", created);
            redirect.addFlashAttribute("notice", "mail.box.saved");
            return "redirect:/admin/mail/mailboxes/" + created.id();
        } catch (InvalidInputException e) {
            return refused(form, null, e, model, response);
        }
    }

    @GetMapping("/admin/mail/mailboxes/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Mailbox box = mailboxes.get(id);
        return form(MailboxForm.of(box), box, model);
    }

    /** Saves the form as it was read at its {@code version}; someone else's change since answers 409. */
    @PostMapping("/admin/mail/mailboxes/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") MailboxForm form,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Mailbox before = mailboxes.get(id);
        try {
            Mailbox after = mailboxes.update(id, form.versionNumber(), form.toDraft());
            audit.mailboxChanged(principal.getName(), "web", before, after, hasText(form.password()));
            redirect.addFlashAttribute("notice", "mail.box.saved");
            return "redirect:/admin/mail/mailboxes/" + id;
        } catch (InvalidInputException e) {
            return refused(form, before, e, model, response);
        } catch (ConflictException e) {
            Mailbox current = mailboxes.get(id);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return form(MailboxForm.of(current), current, model);
        }
    }

    @PostMapping("/admin/mail/mailboxes/{id}/delete")
    String delete(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        Mailbox box = mailboxes.get(id);
        mailboxes.delete(id);
        audit.mailboxDeleted(principal.getName(), "web", box);
        redirect.addFlashAttribute("notice", "mail.box.deleted");
        return "redirect:/admin/mail";
    }

    /** Connects and signs in with the stored settings; the outcome is shown on the mailbox's page. */
    @PostMapping("/admin/mail/mailboxes/{id}/check")
    String check(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("check", mailboxes.check(id));
        return "redirect:/admin/mail/mailboxes/" + id;
    }

    @PostMapping("/admin/mail/mailboxes/{id}/fetch")
    String fetch(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
        Mailbox box = mailboxes.get(id);
        int stored = mailboxes.pollNow(id);
        audit.mailboxFetched(principal.getName(), "web", box, stored);
        redirect.addFlashAttribute("fetched", stored);
        return "redirect:/admin/mail/mailboxes/" + id;
    }

    private String refused(
            MailboxForm form,
            @Nullable Mailbox box,
            InvalidInputException e,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), "violation." + v.code());
        }
        model.addAttribute("errors", errors);
        return form(form.withoutPassword(), box, model);
    }

    private String form(MailboxForm form, @Nullable Mailbox box, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mailbox", box);
        model.addAttribute("securities", Mailbox.MailSecurity.values());
        model.addAttribute("teams", teams.all());
        model.addAttribute("categories", catalog.all(Catalog.Kind.CATEGORY));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return FORM;
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isEmpty();
    }
}
