package org.helpdesk.web.mail;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.channel.InboundMail;
import org.helpdesk.channel.MailLog;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.web.audit.Audited;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The log of incoming mail for administrators: what came in, what became of it, and for failures the way out —
 * retry once the cause is fixed, or dismiss. The original can be downloaded to see what a sender really sent.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailLogPages {

    static final int PAGE_SIZE = 50;
    /** The tabs, in the order an admin looks at them: what needs them first. */
    static final List<String> TABS = List.of("FAILED", "RECEIVED", "PROCESSED", "IGNORED", "DISMISSED");

    private final MailLog log;
    private final MailAudit audit;

    MailLogPages(MailLog log, MailAudit audit) {
        this.log = log;
        this.audit = audit;
    }

    @GetMapping("/admin/mail/log")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String wanted =
                status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        Map<String, Long> counts = new LinkedHashMap<>();
        TABS.forEach(s -> counts.put(s, log.count(s)));
        long total = wanted == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(wanted, 0L);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("mails", log.inbound(wanted, current, PAGE_SIZE));
        model.addAttribute("status", wanted);
        model.addAttribute("counts", counts);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "admin/mail/log";
    }

    @PostMapping("/admin/mail/log/{id}/retry")
    String retry(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Principal principal,
            RedirectAttributes redirect) {
        return move(id, "MAIL_RETRIED", log::retry, "mail.log.retried", principal, redirect, status, page);
    }

    @PostMapping("/admin/mail/log/{id}/dismiss")
    String dismiss(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            Principal principal,
            RedirectAttributes redirect) {
        return move(id, "MAIL_DISMISSED", log::dismiss, "mail.log.dismissed", principal, redirect, status, page);
    }

    /** The mail as it arrived; an export of what a customer wrote, so it is in the audit trail. */
    @GetMapping("/admin/mail/log/{id}/original")
    @Audited(action = AuditActions.EXPORT, targetType = "inbound_mail")
    ResponseEntity<byte[]> original(@PathVariable UUID id) {
        return OriginalMail.download(id, log.original(id));
    }

    private String move(
            UUID id,
            String action,
            Function<UUID, InboundMail> step,
            String notice,
            Principal principal,
            RedirectAttributes redirect,
            @Nullable String status,
            int page) {
        InboundMail before = log.inboundMail(id);
        try {
            InboundMail after = step.apply(id);
            audit.inboundMoved(principal.getName(), "web", action, before, after);
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidTransitionException e) {
            redirect.addFlashAttribute("refused", "mail.log.notFailed");
        }
        return "redirect:" + back(status, page);
    }

    private static String back(@Nullable String status, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/admin/mail/log");
        if (status != null && MailLog.STATUSES.contains(status)) {
            uri.queryParam("status", status);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
