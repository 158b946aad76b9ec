package org.helpdesk.customer;

import java.util.Collection;
import org.helpdesk.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * How a reader sees customers' e-mail addresses and phone numbers: the one place that decides who needs them. Agents
 * and administrators talk to customers and see them in full; quality managers and auditors judge the work and see
 * them masked ({@code a***@example.org}, {@code +359 *** ** 12}) on pages, in the API and in exports.
 */
public enum ContactView {
    FULL,
    MASKED;

    private static final String HIDDEN = "***";

    /** Full for anyone who is an agent or an administrator (also besides another role), masked for everyone else. */
    public static ContactView forRoles(Collection<Role> roles) {
        return roles.contains(Role.AGENT) || roles.contains(Role.ADMIN) ? FULL : MASKED;
    }

    /** The first letter of the mailbox and the whole domain: enough to tell customers apart, not to write to them. */
    public String email(String email) {
        if (this == FULL) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return HIDDEN;
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + HIDDEN + email.substring(at);
    }

    /** The country code (when written with {@code +}) and the last two digits. */
    public @Nullable String phone(@Nullable String phone) {
        if (this == FULL || phone == null) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return HIDDEN;
        }
        String last = digits.substring(digits.length() - 2);
        String stripped = phone.strip();
        if (stripped.startsWith("+")) {
            int end = 1;
            while (end < stripped.length() && end <= 3 && Character.isDigit(stripped.charAt(end))) {
                end++;
            }
            return stripped.substring(0, end) + " *** ** " + last;
        }
        return "*** ** " + last;
    }

    public Customer customer(Customer customer) {
        if (this == FULL) {
            return customer;
        }
        return new Customer(
                customer.id(),
                email(customer.email()),
                customer.name(),
                customer.createdAt(),
                phone(customer.phone()),
                customer.language(),
                customer.company(),
                customer.segment(),
                customer.lostOn(),
                customer.lostReason());
    }
}
