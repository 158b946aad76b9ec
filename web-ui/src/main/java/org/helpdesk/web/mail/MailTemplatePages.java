package org.helpdesk.web.mail;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.channel.MailTemplate;
import org.helpdesk.channel.MailTemplates;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The texts of the mails customers get, per kind and language, for administrators to adapt to their own voice.
 * The placeholders each kind offers are shown next to the form, and a text naming another one is refused.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailTemplatePages {

    private final MailTemplates templates;
    private final MailAudit audit;

    MailTemplatePages(MailTemplates templates, MailAudit audit) {
        this.templates = templates;
        this.audit = audit;
    }

    @GetMapping("/admin/mail/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "admin/mail/templates";
    }

    @GetMapping("/admin/mail/templates/{kind}/{lang}")
    String edit(@PathVariable String kind, @PathVariable String lang, Model model) {
        MailTemplate template = TemplateAddress.get(templates, kind, lang);
        return form(template, template.subject(), template.body(), Map.of(), model);
    }

    @PostMapping("/admin/mail/templates/{kind}/{lang}")
    String save(
            @PathVariable String kind,
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String body,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        MailTemplate before = TemplateAddress.get(templates, kind, lang);
        try {
            MailTemplate after = templates.save(before.kind(), before.language(), subject, body, principal.getName());
            audit.templateSaved(principal.getName(), "web", before, after);
            redirect.addFlashAttribute("notice", "mail.template.saved");
            return "redirect:" + path(after);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, List<Problem>> errors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                errors.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(Problem.of(v));
            }
            return form(before, subject, body, errors, model);
        }
    }

    @PostMapping("/admin/mail/templates/{kind}/{lang}/reset")
    String reset(
            @PathVariable String kind, @PathVariable String lang, Principal principal, RedirectAttributes redirect) {
        MailTemplate before = TemplateAddress.get(templates, kind, lang);
        MailTemplate after = templates.reset(before.kind(), before.language());
        audit.templateReset(principal.getName(), "web", before);
        redirect.addFlashAttribute("notice", "mail.template.wasReset");
        return "redirect:" + path(after);
    }

    private String form(
            MailTemplate template,
            @Nullable String subject,
            @Nullable String body,
            Map<String, List<Problem>> errors,
            Model model) {
        model.addAttribute("template", template);
        model.addAttribute("subject", subject);
        model.addAttribute("body", body);
        model.addAttribute("placeholders", template.kind().placeholders());
        model.addAttribute("errors", errors);
        return "admin/mail/template";
    }

    private static String path(MailTemplate template) {
        return "/admin/mail/templates/" + template.kind() + "/" + template.language();
    }

    /** A field's problem as the page says it: a message key, and the placeholder that is not offered, if that is it. */
    record Problem(String key, @Nullable String argument) {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

        static Problem of(FieldViolation violation) {
            Matcher name = PLACEHOLDER.matcher(violation.message());
            return violation.code().equals("unknown_placeholder") && name.find()
                    ? new Problem("mail.template.unknownPlaceholder", name.group(1))
                    : new Problem("violation." + violation.code(), null);
        }
    }
}
