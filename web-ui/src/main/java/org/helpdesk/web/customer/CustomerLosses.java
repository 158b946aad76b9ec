package org.helpdesk.web.customer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.customer.CustomerLoss;
import org.helpdesk.customer.Customers;
import org.helpdesk.web.audit.RequestAudit;
import org.helpdesk.web.i18n.DateDisplay;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks customers lost (churn counts them) and clears the mark, each with its audit entry in the same transaction.
 * Days are the organisation's, like the reports'.
 */
@Component
class CustomerLosses {

    static final String MARKED = "CUSTOMER_MARKED_LOST";
    static final String CLEARED = "CUSTOMER_LOST_CLEARED";

    private final Customers customers;
    private final RequestAudit audit;
    private final DateDisplay dates;

    CustomerLosses(Customers customers, RequestAudit audit, DateDisplay dates) {
        this.customers = customers;
        this.audit = audit;
        this.dates = dates;
    }

    @Transactional
    Customer markLost(CustomerId id, CustomerLoss loss, HttpServletRequest request) {
        Customer before = customers.markLost(id, loss, dates.organisationZone());
        Customer after = customers.get(id);
        Map<String, Object> details = details(after);
        details.put("lostOn", String.valueOf(after.lostOn()));
        details.put("reason", after.lostReason());
        if (before.lost()) {
            details.put("previousLostOn", String.valueOf(before.lostOn()));
            details.put("previousReason", before.lostReason());
        }
        audit.record(request, MARKED, "customer", id.toString(), details);
        return after;
    }

    @Transactional
    Customer unmarkLost(CustomerId id, HttpServletRequest request) {
        Customer before = customers.unmarkLost(id);
        if (before.lost()) {
            Map<String, Object> details = details(before);
            details.put("previousLostOn", String.valueOf(before.lostOn()));
            details.put("previousReason", before.lostReason());
            audit.record(request, CLEARED, "customer", id.toString(), details);
        }
        return customers.get(id);
    }

    private static Map<String, Object> details(Customer customer) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("email", customer.email());
        return details;
    }
}
