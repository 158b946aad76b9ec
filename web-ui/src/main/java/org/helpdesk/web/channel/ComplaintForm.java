package org.helpdesk.web.channel;

import java.util.List;
import org.helpdesk.ticket.TicketDraft;
import org.jspecify.annotations.Nullable;

/**
 * What the public complaint form posts. The field names are those of {@link TicketDraft}, so the domain's violations
 * land on the right inputs; {@code website} is the trap for robots and {@code stamp} the signed time the form was
 * handed out.
 */
public class ComplaintForm {

    /** A derived subject keeps to the first words of the description, well under the subject's limit. */
    static final int DERIVED_SUBJECT_MAX = 80;

    private @Nullable String customerName;
    private @Nullable String customerEmail;
    private @Nullable String productId;
    private @Nullable String categoryId;
    private @Nullable String subject;
    private @Nullable String description;
    private @Nullable String website;
    private @Nullable String stamp;

    /** The ticket to open: a complaint that came in through the web form, in the language the page spoke. */
    TicketDraft toDraft(String language) {
        return new TicketDraft(
                subjectOrDerived(),
                description,
                customerEmail,
                null,
                customerName,
                null,
                "WEB",
                "COMPLAINT",
                categoryId,
                productId,
                null,
                null,
                List.of(),
                language);
    }

    /** Whether the customer left the subject to us: then a missing subject is told as a missing description. */
    boolean subjectLeftOut() {
        return subject == null || subject.isBlank();
    }

    /** The subject typed, else the first words of the description on one line (cut at a word, with an ellipsis). */
    @Nullable
    String subjectOrDerived() {
        if (!subjectLeftOut() || description == null || description.isBlank()) {
            return subject;
        }
        String words = description.strip().replaceAll("\\s+", " ");
        if (words.length() <= DERIVED_SUBJECT_MAX) {
            return words;
        }
        String cut = words.substring(0, DERIVED_SUBJECT_MAX);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > DERIVED_SUBJECT_MAX / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }

    /** People never see the trap field, so anything in it was typed by a robot. */
    boolean trapFilled() {
        return website != null && !website.isEmpty();
    }

    public @Nullable String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(@Nullable String customerName) {
        this.customerName = customerName;
    }

    public @Nullable String getCustomerEmail() {
        return customerEmail;
    }

    public void setCustomerEmail(@Nullable String customerEmail) {
        this.customerEmail = customerEmail;
    }

    public @Nullable String getProductId() {
        return productId;
    }

    public void setProductId(@Nullable String productId) {
        this.productId = productId;
    }

    public @Nullable String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(@Nullable String categoryId) {
        this.categoryId = categoryId;
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

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getStamp() {
        return stamp;
    }

    public void setStamp(@Nullable String stamp) {
        this.stamp = stamp;
    }
}
