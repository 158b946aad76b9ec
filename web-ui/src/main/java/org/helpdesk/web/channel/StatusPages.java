package org.helpdesk.web.channel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSettings;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.ticket.AttachmentDownload;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's view of their ticket, reached through its signed link ({@link StatusLinks}) without an account:
 * status, the public conversation (never internal notes) with its files, and a reply form while the ticket is not
 * closed. A wrong signature and an unknown ticket get the same kind "not found" page, so the link tells nothing.
 */
@Controller
@RequestMapping("/status/{reference}/{signature}")
class StatusPages {

    static final String ACTOR = "system:status-page";

    private final Tickets tickets;
    private final StatusLinks links;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final long megabytesMax;

    StatusPages(
            Tickets tickets,
            StatusLinks links,
            LocaleResolver locales,
            MessageSource messages,
            TicketSettings ticketSettings) {
        this.tickets = tickets;
        this.links = links;
        this.locales = locales;
        this.messages = messages;
        this.megabytesMax = CustomerFiles.maxMegabytes(ticketSettings);
    }

    @GetMapping
    String show(
            @PathVariable String reference,
            @PathVariable String signature,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Ticket> ticket = open(reference, signature, request, response);
        if (ticket.isEmpty()) {
            return unknown(response);
        }
        return page(model, ticket.get());
    }

    /**
     * The customer's reply: appended as their message, which reopens a pending or resolved ticket. Posted to the
     * page's own address, so that a page shown again with an error still switches language by {@code ?lang=}.
     */
    @PostMapping
    String reply(
            @PathVariable String reference,
            @PathVariable String signature,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Ticket> found = open(reference, signature, request, response);
        if (found.isEmpty()) {
            return unknown(response);
        }
        Ticket ticket = found.get();
        Locale locale = locales.resolveLocale(request); // after the page took the ticket's language
        try {
            tickets.post(
                    ticket.reference(), new MessageDraft(body, "PUBLIC", "CUSTOMER"), CustomerFiles.of(files), ACTOR);
            redirect.addFlashAttribute("sent", true);
            return "redirect:" + links.path(ticket);
        } catch (InvalidInputException e) {
            model.addAttribute("replyError", replyError(e.violations(), locale));
            return again(model, ticket, body, response, HttpServletResponse.SC_BAD_REQUEST);
        } catch (ContentTooLargeException e) {
            model.addAttribute("replyError", text("complaint.files.tooLarge", locale, megabytesMax));
            return again(model, ticket, body, response, HttpStatus.CONTENT_TOO_LARGE.value());
        } catch (InvalidTransitionException e) {
            // Closed meanwhile: the page shows it as closed, without the form.
            return again(model, ticket, null, response, HttpServletResponse.SC_CONFLICT);
        }
    }

    /** A file of the public conversation, as a download; files of notes or of other tickets are not found. */
    @GetMapping("/attachments/{id}")
    Object download(
            @PathVariable String reference,
            @PathVariable String signature,
            @PathVariable String id,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Ticket> ticket = open(reference, signature, request, response);
        Optional<UUID> wanted = ticket.isEmpty() ? Optional.empty() : uuid(id);
        if (wanted.isEmpty() || !publicFileIds(ticket.get()).contains(wanted.get())) {
            return new ModelAndView("status/unknown", HttpStatus.NOT_FOUND);
        }
        return AttachmentDownload.of(tickets.attachment(wanted.get()));
    }

    private Optional<Ticket> open(
            String reference, String signature, HttpServletRequest request, HttpServletResponse response) {
        Optional<Ticket> ticket = links.open(reference, signature);
        ticket.ifPresent(t -> PageLanguage.speak(t.classification().language(), locales, request, response));
        return ticket;
    }

    private String page(Model model, Ticket ticket) {
        List<Message> conversation = tickets.messages(ticket.id(), false);
        model.addAttribute("ticket", ticket);
        model.addAttribute("statusPath", links.path(ticket));
        model.addAttribute("messages", conversation);
        model.addAttribute("requestFiles", requestFiles(tickets.attachments(ticket.id())));
        model.addAttribute("closed", ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("megabytesMax", megabytesMax);
        return "status/page";
    }

    private String again(Model model, Ticket ticket, @Nullable String body, HttpServletResponse response, int status) {
        response.setStatus(status);
        model.addAttribute("body", body);
        Ticket now = tickets.find(ticket.id()).orElse(ticket);
        return page(model, now);
    }

    /**
     * The files the customer can see: those of public messages and those sent with the request itself (attached
     * to the ticket by a channel, not by an agent, whose loose files may be internal material).
     */
    private Set<UUID> publicFileIds(Ticket ticket) {
        Set<UUID> publicMessages =
                tickets.messages(ticket.id(), false).stream().map(Message::id).collect(Collectors.toSet());
        return tickets.attachments(ticket.id()).stream()
                .filter(a -> a.messageId() == null ? sentWithRequest(a) : publicMessages.contains(a.messageId()))
                .map(Attachment::id)
                .collect(Collectors.toSet());
    }

    private static List<Attachment> requestFiles(List<Attachment> attachments) {
        return attachments.stream()
                .filter(a -> a.messageId() == null && sentWithRequest(a))
                .toList();
    }

    private static boolean sentWithRequest(Attachment attachment) {
        return attachment.uploadedBy().startsWith("system:");
    }

    private String replyError(List<FieldViolation> violations, Locale locale) {
        FieldViolation first = violations.get(0);
        return first.field().equals("body") && first.code().equals("required")
                ? text("statuspage.reply.required", locale)
                : violation(first.code(), locale);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String unknown(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "status/unknown";
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
