package org.helpdesk.web.channel;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.channel.ChannelProperties;
import org.helpdesk.channel.FormStamps;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSettings;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint form: anyone may open a ticket without an account. Robots are kept out by a trap field and
 * the signed time the form was handed out ({@link FormStamps}), floods by the per-address limit on public pages.
 * A sent form leads (post-redirect-get) to a confirmation with the ticket number and the customer's status link.
 */
@Controller
class ComplaintPages {

    static final String ACTOR = "system:web-form";

    private static final Set<String> FIELDS =
            Set.of("customerName", "customerEmail", "productId", "categoryId", "subject", "description");

    private final Tickets tickets;
    private final Catalog catalog;
    private final FormStamps stamps;
    private final StatusLinks links;
    private final MessageSource messages;
    private final int attachmentsMax;
    private final long megabytesMax;

    ComplaintPages(
            Tickets tickets,
            Catalog catalog,
            FormStamps stamps,
            StatusLinks links,
            MessageSource messages,
            ChannelProperties channels,
            TicketSettings ticketSettings) {
        this.tickets = tickets;
        this.catalog = catalog;
        this.stamps = stamps;
        this.links = links;
        this.messages = messages;
        this.attachmentsMax = channels.form().attachmentsMax();
        this.megabytesMax = CustomerFiles.maxMegabytes(ticketSettings);
    }

    @GetMapping("/complaint")
    String show(Model model) {
        return form(model, new ComplaintForm());
    }

    @PostMapping("/complaint")
    String submit(
            @ModelAttribute("form") ComplaintForm form,
            BindingResult binding,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Optional<String> refusal = refusal(form);
        if (refusal.isPresent()) {
            model.addAttribute("notice", refusal.get());
            return again(model, form, response, HttpServletResponse.SC_BAD_REQUEST);
        }
        List<AttachmentUpload> uploads = CustomerFiles.of(files);
        try {
            checkOwnRules(form, uploads, locale);
            Ticket ticket = tickets.open(form.toDraft(PageLanguage.of(locale)), uploads, ACTOR);
            // The confirmation is reached through the same signature as the status page, so it survives a reload.
            return "redirect:" + links.path(ticket).replaceFirst("^/status/", "/complaint/sent/");
        } catch (InvalidInputException e) {
            reject(e.violations(), form, binding, model, locale);
            return again(model, form, response, HttpServletResponse.SC_BAD_REQUEST);
        } catch (ContentTooLargeException e) {
            model.addAttribute("filesError", text("complaint.files.tooLarge", locale, megabytesMax));
            return again(model, form, response, HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    @GetMapping("/complaint/sent/{reference}/{signature}")
    String sent(
            @PathVariable String reference, @PathVariable String signature, Model model, HttpServletResponse response) {
        Optional<Ticket> ticket = links.open(reference, signature);
        if (ticket.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "status/unknown";
        }
        model.addAttribute("reference", ticket.get().reference());
        model.addAttribute("statusPath", links.path(ticket.get()));
        return "complaint/sent";
    }

    /** Why the form is refused before anything in it is looked at, as a message key; empty when it may go on. */
    private Optional<String> refusal(ComplaintForm form) {
        if (form.trapFilled()) {
            return Optional.of("complaint.refused");
        }
        return switch (stamps.check(form.getStamp())) {
            case ACCEPTED -> Optional.empty();
            case TOO_FAST -> Optional.of("complaint.tooFast");
            case EXPIRED -> Optional.of("complaint.expired");
            case INVALID -> Optional.of("complaint.refused");
        };
    }

    /** The form's own rules on top of the desk's: a name to address the customer by, and a bounded number of files. */
    private void checkOwnRules(ComplaintForm form, List<AttachmentUpload> uploads, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>();
        if (form.getCustomerName() == null || form.getCustomerName().isBlank()) {
            violations.add(new FieldViolation("customerName", "required", "must not be empty"));
        }
        if (uploads.size() > attachmentsMax) {
            violations.add(new FieldViolation("files", "too_many", "at most " + attachmentsMax + " files"));
        }
        if (violations.isEmpty()) {
            return;
        }
        try {
            form.toDraft(PageLanguage.of(locale)).validate();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        throw new InvalidInputException(violations);
    }

    private void reject(
            List<FieldViolation> violations, ComplaintForm form, BindingResult binding, Model model, Locale locale) {
        for (FieldViolation v : violations) {
            if (v.field().equals("files") && v.code().equals("too_many")) {
                model.addAttribute("filesError", text("complaint.files.tooMany", locale, attachmentsMax));
            } else if (v.field().equals("file") || v.field().equals("files")) {
                model.addAttribute("filesError", violation(v.code(), locale));
            } else if (v.field().equals("subject") && form.subjectLeftOut()) {
                continue; // nothing to derive it from: the description says what is missing
            } else if (FIELDS.contains(v.field())) {
                binding.rejectValue(v.field(), "violation." + v.code(), v.message());
            } else {
                binding.reject("violation." + v.code(), v.message());
            }
        }
    }

    private String again(Model model, ComplaintForm form, HttpServletResponse response, int status) {
        response.setStatus(status);
        return form(model, form);
    }

    private String form(Model model, ComplaintForm form) {
        form.setStamp(stamps.issue());
        form.setWebsite(null);
        model.addAttribute("form", form);
        model.addAttribute("products", catalog.active(Catalog.Kind.PRODUCT));
        model.addAttribute("categories", catalog.active(Catalog.Kind.CATEGORY));
        model.addAttribute("attachmentsMax", attachmentsMax);
        model.addAttribute("megabytesMax", megabytesMax);
        return "complaint/form";
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {code}, arguments), locale);
    }

    /** The text for a domain violation; a code without one of its own is told as an invalid value. */
    private String violation(String code, Locale locale) {
        String[] codes = {"violation." + code, "violation.invalid_value"};
        return messages.getMessage(new DefaultMessageSourceResolvable(codes, new Object[0]), locale);
    }
}
