package org.helpdesk.web.customer;

import org.helpdesk.customer.ContactView;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Customers' e-mail addresses and phone numbers as the signed-in reader may see them ({@link ContactView} holds the
 * rule); {@code @contacts} in templates.
 */
@Component("contacts")
public class Contacts {

    /** How the reader of this request sees contact details; masked when nobody is signed in. */
    public static ContactView current() {
        return ContactView.forRoles(Viewers.roles());
    }

    public String email(String email) {
        return current().email(email);
    }

    public @Nullable String phone(@Nullable String phone) {
        return current().phone(phone);
    }
}
