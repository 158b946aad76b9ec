package org.helpdesk.web.ticket;

import java.time.ZoneId;
import java.util.List;
import org.helpdesk.ticket.Tags;
import org.helpdesk.ticket.TicketDraft;
import org.jspecify.annotations.Nullable;

/** What the "new ticket" form posts. A form object of its own: the domain decides what is valid. */
public class TicketForm {

    private @Nullable String subject;
    private @Nullable String description;
    private @Nullable String customerEmail;
    private @Nullable String customerName;
    private @Nullable String customerPhone;
    private @Nullable String priority = "NORMAL";
    private @Nullable String channel = "PHONE";
    private @Nullable String type = "COMPLAINT";
    private @Nullable String categoryId;
    private @Nullable String productId;
    private @Nullable String teamId;
    private @Nullable String assignee;
    private @Nullable String tags;
    private @Nullable String language;
    private @Nullable String queuedAt;
    private @Nullable String pickedUpAt;

    /** The draft, with queue times typed in the reader's {@code zone}. */
    TicketDraft toDraft(ZoneId zone) {
        List<String> tagList = Tags.split(tags);
        return new TicketDraft(
                subject,
                description,
                customerEmail,
                priority,
                customerName,
                customerPhone,
                channel,
                type,
                categoryId,
                productId,
                teamId,
                assignee,
                tagList,
                language,
                LocalTimes.parse("queuedAt", queuedAt, zone),
                LocalTimes.parse("pickedUpAt", pickedUpAt, zone));
    }

    public @Nullable String getQueuedAt() {
        return queuedAt;
    }

    public void setQueuedAt(@Nullable String queuedAt) {
        this.queuedAt = queuedAt;
    }

    public @Nullable String getPickedUpAt() {
        return pickedUpAt;
    }

    public void setPickedUpAt(@Nullable String pickedUpAt) {
        this.pickedUpAt = pickedUpAt;
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

    public @Nullable String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(@Nullable String customerName) {
        this.customerName = customerName;
    }

    public @Nullable String getCustomerPhone() {
        return customerPhone;
    }

    public void setCustomerPhone(@Nullable String customerPhone) {
        this.customerPhone = customerPhone;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }

    public @Nullable String getChannel() {
        return channel;
    }

    public void setChannel(@Nullable String channel) {
        this.channel = channel;
    }

    public @Nullable String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type;
    }

    public @Nullable String getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(@Nullable String categoryId) {
        this.categoryId = categoryId;
    }

    public @Nullable String getProductId() {
        return productId;
    }

    public void setProductId(@Nullable String productId) {
        this.productId = productId;
    }

    public @Nullable String getTeamId() {
        return teamId;
    }

    public void setTeamId(@Nullable String teamId) {
        this.teamId = teamId;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable String assignee) {
        this.assignee = assignee;
    }

    public @Nullable String getTags() {
        return tags;
    }

    public void setTags(@Nullable String tags) {
        this.tags = tags;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }
}
