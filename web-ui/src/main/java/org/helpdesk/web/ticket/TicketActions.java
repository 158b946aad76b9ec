package org.helpdesk.web.ticket;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.AssignmentChange;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.ReopenOutcome;
import org.helpdesk.ticket.SplitRequest;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Tags;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketUpdate;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.ticket.WorkLogDraft;
import org.helpdesk.web.i18n.DateDisplay;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What agents do on the ticket page. Each action redirects back to the ticket when it worked; when it did not,
 * the page is shown again with the reason (and, for a conflict, what someone else changed meanwhile).
 */
@Controller
class TicketActions {

    private final Tickets tickets;
    private final MacroReplies macros;
    private final TicketPageModel page;
    private final DateDisplay dates;

    TicketActions(Tickets tickets, MacroReplies macros, TicketPageModel page, DateDisplay dates) {
        this.tickets = tickets;
        this.macros = macros;
        this.page = page;
        this.dates = dates;
    }

    @PostMapping("/tickets/{reference}/messages")
    String post(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String visibility,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.message", () -> {
            tickets.post(
                    reference,
                    new MessageDraft(body, visibility, from),
                    ConversationApi.uploads(files),
                    principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/fields")
    String update(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String categoryId,
            @RequestParam(required = false) @Nullable String productId,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String tags,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TicketUpdate update = new TicketUpdate(
                version,
                subject,
                priority,
                type,
                channel,
                categoryId,
                productId,
                language,
                tags == null ? null : Tags.split(tags));
        return act(reference, model, response, redirect, "saved.fields", () -> {
            tickets.update(reference, update, principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/status")
    String status(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String pendingReason,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.status", () -> {
            tickets.changeStatus(reference, new StatusChange(version, status, pendingReason), principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/reopen")
    String reopen(
            @PathVariable String reference,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.reopened", () -> {
            ReopenOutcome outcome = tickets.reopen(reference, principal.getName());
            return outcome.ticket().reference();
        });
    }

    @PostMapping("/tickets/{reference}/assignment")
    String assign(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(required = false) @Nullable String teamId,
            @RequestParam(required = false) @Nullable String assignee,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.assignment", () -> {
            tickets.assign(reference, new AssignmentChange(version, teamId, assignee), principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/take")
    String take(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable Long version,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.assignment", () -> {
            tickets.assign(reference, new AssignmentChange(version, null, principal.getName()), principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/take-next")
    String takeNext(
            @RequestParam(required = false) @Nullable UUID team, Principal principal, RedirectAttributes redirect) {
        return tickets.takeNext(principal.getName(), team)
                .map(t -> "redirect:/tickets/" + t.reference())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("notice", "queue.empty");
                    return "redirect:/tickets?view=UNASSIGNED";
                });
    }

    @PostMapping("/tickets/{reference}/escalation")
    String escalate(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String reason,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.escalated", () -> {
            tickets.escalate(reference, reason, principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/merge")
    String merge(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String into,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                model,
                response,
                redirect,
                "saved.merged",
                () -> tickets.merge(reference, into, principal.getName()).reference());
    }

    @PostMapping("/tickets/{reference}/split")
    String split(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(name = "messageIds", required = false) @Nullable List<String> messageIds,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                model,
                response,
                redirect,
                "saved.split",
                () -> tickets.split(reference, new SplitRequest(subject, messageIds), principal.getName())
                        .reference());
    }

    @PostMapping("/tickets/{reference}/macro")
    String macro(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable UUID macroId,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.message", () -> {
            if (macroId == null) {
                throw InvalidInputException.of("macroId", "required", "choose a macro");
            }
            macros.apply(reference, macroId, principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/work-log")
    String logWork(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String minutes,
            @RequestParam(required = false) @Nullable String note,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.workLog", () -> {
            tickets.logWork(reference, new WorkLogDraft(minutes(minutes), note), principal.getName());
            return reference;
        });
    }

    @PostMapping("/tickets/{reference}/pickup")
    String pickUp(
            @PathVariable String reference,
            @RequestParam(required = false) @Nullable String pickedUpAt,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(reference, model, response, redirect, "saved.pickup", () -> {
            tickets.pickUp(
                    reference, LocalTimes.parse("pickedUpAt", pickedUpAt, dates.readerZone()), principal.getName());
            return reference;
        });
    }

    private static @Nullable Integer minutes(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("minutes", "out_of_range", "must be a whole number of minutes");
        }
    }

    /** Runs an action; on success redirects to the ticket it names, else shows the ticket page with the problem. */
    private String act(
            String reference,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Supplier<String> action) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/tickets/" + target;
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return again(reference, model, response, HttpServletResponse.SC_BAD_REQUEST, "problem.invalid");
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.changes());
            return again(reference, model, response, HttpServletResponse.SC_CONFLICT, "problem.conflict");
        } catch (InvalidTransitionException e) {
            model.addAttribute("transition", e);
            return again(
                    reference, model, response, HttpServletResponse.SC_CONFLICT, "problem.transition." + e.reason());
        } catch (ContentTooLargeException e) {
            return again(reference, model, response, 413, "problem.tooLarge");
        }
    }

    private String again(String reference, Model model, HttpServletResponse response, int status, String problem) {
        Ticket ticket = tickets.get(reference, Viewers.of(tickets));
        page.fill(ticket, model);
        model.addAttribute("problem", problem);
        response.setStatus(status);
        return "tickets/show";
    }
}
