package org.helpdesk.web.customer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerDetails;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.customer.CustomerLoss;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A customer's profile, which agents keep up to date, and their recent tickets. */
@Controller
class CustomerPage {

    static final int RECENT_TICKETS = 20;
    static final List<String> LANGUAGES = List.of("en", "ru", "bg");

    private final Customers customers;
    private final Tickets tickets;
    private final CustomerLosses losses;

    CustomerPage(Customers customers, Tickets tickets, CustomerLosses losses) {
        this.customers = customers;
        this.tickets = tickets;
        this.losses = losses;
    }

    @GetMapping("/customers/{id}")
    String show(@PathVariable UUID id, Model model) {
        Customer customer = customers.get(new CustomerId(id));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new CustomerDetails(
                            customer.email(),
                            customer.name(),
                            customer.phone(),
                            customer.language(),
                            customer.company(),
                            customer.segment()));
        }
        model.addAttribute("customer", Contacts.current().customer(customer));
        List<String> languages = new java.util.ArrayList<>(LANGUAGES);
        if (customer.language() != null && !languages.contains(customer.language())) {
            languages.add(customer.language()); // keep a language set elsewhere (e.g. "de") when saving
        }
        model.addAttribute("languages", languages);
        model.addAttribute("knownLanguages", LANGUAGES);
        model.addAttribute("tickets", tickets.ofCustomer(customer.id(), RECENT_TICKETS, Viewers.of(tickets)));
        return "customers/show";
    }

    @PostMapping("/customers/{id}/lost")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String markLost(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String on,
            @RequestParam(required = false) @Nullable String reason,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            losses.markLost(new CustomerId(id), new CustomerLoss(day(on), reason), request);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return show(id, model);
        }
        redirect.addFlashAttribute("notice", "customer.lost.saved");
        return "redirect:/customers/" + id;
    }

    @PostMapping("/customers/{id}/lost/clear")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String unmarkLost(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
        losses.unmarkLost(new CustomerId(id), request);
        redirect.addFlashAttribute("notice", "customer.lost.cleared");
        return "redirect:/customers/" + id;
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("on", "invalid_time", "must be a date such as 2025-03-15");
        }
    }

    @PostMapping("/customers/{id}")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN')")
    String update(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable String segment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CustomerId customer = new CustomerId(id);
        CustomerDetails details = new CustomerDetails(null, name, phone, language, company, segment);
        try {
            customers.update(customer, details);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            model.addAttribute("form", details);
            return show(id, model);
        }
        redirect.addFlashAttribute("notice", "customer.saved");
        return "redirect:/customers/" + id;
    }
}
