package org.helpdesk.web.ticket;

import org.helpdesk.ticket.TicketDraft;
import org.jspecify.annotations.Nullable;

/** What the "new ticket" form posts. A form object of its own: the domain decides what is valid. */
public class TicketForm {

    private @Nullable String subject;
    private @Nullable String description;
    private @Nullable String customerEmail;
    private @Nullable String priority = "NORMAL";

    TicketDraft toDraft() {
        return new TicketDraft(subject, description, customerEmail, priority);
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public void setSubject(@Nullable String subject) {
        this.subject = subject;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(@Nullable String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }
}
