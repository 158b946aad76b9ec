package org.helpdesk.web.customer;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerDetails;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Tickets;
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

    CustomerPage(Customers customers, Tickets tickets) {
        this.customers = customers;
        this.tickets = tickets;
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
        model.addAttribute("customer", customer);
        List<String> languages = new java.util.ArrayList<>(LANGUAGES);
        if (customer.language() != null && !languages.contains(customer.language())) {
            languages.add(customer.language()); // keep a language set elsewhere (e.g. "de") when saving
        }
        model.addAttribute("languages", languages);
        model.addAttribute("knownLanguages", LANGUAGES);
        model.addAttribute("tickets", tickets.ofCustomer(customer.id(), RECENT_TICKETS));
        return "customers/show";
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
