package org.helpdesk.web.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;

/**
 * The view, filters, sort and page as they arrive in a URL, for both the pages and the API. Blank values do
 * not filter; anything unknown is reported as invalid input.
 */
public class TicketFilter {

    private @Nullable String view;
    private @Nullable String status;
    private @Nullable String priority;
    private @Nullable String team;
    private @Nullable String assignee;
    private @Nullable String category;
    private @Nullable String product;
    private @Nullable String channel;
    private @Nullable String type;
    private @Nullable String tag;
    private @Nullable String customer;
    private @Nullable String sort;
    private @Nullable String order;

    TicketQuery toQuery(UserAccounts accounts, TicketQuery.Queue defaultQueue, int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        TicketQuery.Queue queue =
                parse("view", view, defaultQueue, v -> enumOf(TicketQuery.Queue.class, v), violations);
        TicketQuery.Sort by =
                parse("sort", sort, defaultSort(queue), v -> enumOf(TicketQuery.Sort.class, v), violations);
        boolean descending = order == null || order.isBlank()
                ? by != TicketQuery.Sort.DUE && by != TicketQuery.Sort.PRIORITY
                : !"asc".equalsIgnoreCase(order.strip());
        UUID assigneeId = assignee == null || assignee.isBlank()
                ? null
                : accounts.findByUsername(assignee.strip()).map(UserAccount::id).orElse(new UUID(0, 0));
        UUID customerId = parse("customer", customer, null, TicketFilter::uuid, violations);
        TicketQuery.Queue q = queue;
        TicketQuery query = null;
        if (violations.isEmpty()) {
            try {
                query = new TicketQuery(
                        q,
                        parse("status", status, null, TicketStatus::parse, violations),
                        parse("priority", priority, null, Priority::parse, violations),
                        parse("team", team, null, TicketFilter::uuid, violations),
                        assigneeId,
                        parse("category", category, null, TicketFilter::uuid, violations),
                        parse("product", product, null, TicketFilter::uuid, violations),
                        parse("channel", channel, null, Channel::parse, violations),
                        parse("type", type, null, TicketType::parse, violations),
                        tag == null || tag.isBlank() ? null : tag.strip(),
                        customerId == null ? null : new CustomerId(customerId),
                        by,
                        descending,
                        page,
                        size);
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return query;
    }

    /** The link to this view with one thing changed, for tabs, sortable column headers and the pager. */
    public String link(String newView, @Nullable String newSort, @Nullable String newOrder, int page) {
        var uri = org.springframework.web.util.UriComponentsBuilder.fromPath("/tickets");
        uri.queryParam("view", newView);
        for (String[] p : new String[][] {
            {"status", status}, {"priority", priority}, {"team", team}, {"assignee", assignee}, {"category", category},
            {"product", product}, {"channel", channel}, {"type", type}, {"tag", tag}, {"customer", customer},
            {"sort", newSort}, {"order", newOrder}
        }) {
            if (p[1] != null && !p[1].isBlank()) {
                uri.queryParam(p[0], p[1]);
            }
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** The order a click on a column header asks for: the other way round when it already sorts by it. */
    public String nextOrder(String column) {
        boolean current = column.equalsIgnoreCase(sort == null ? "" : sort);
        return current && !"desc".equalsIgnoreCase(order) ? "desc" : "asc";
    }

    private static TicketQuery.Sort defaultSort(TicketQuery.Queue queue) {
        return queue == TicketQuery.Queue.BREACHING || queue == TicketQuery.Queue.UNASSIGNED
                ? TicketQuery.Sort.DUE
                : TicketQuery.Sort.CREATED;
    }

    private static <T> T parse(
            String field,
            @Nullable String value,
            T fallback,
            Function<String, Optional<T>> parser,
            List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Optional<T> parsed = parser.apply(value.strip());
        if (parsed.isEmpty()) {
            violations.add(new FieldViolation(field, "unknown_value", "has an unknown value"));
            return fallback;
        }
        return parsed.get();
    }

    private static <E extends Enum<E>> Optional<E> enumOf(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // Getters and setters for data binding; the template builds sort and page links from them.

    public @Nullable String getView() {
        return view;
    }

    public void setView(@Nullable String view) {
        this.view = view;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getPriority() {
        return priority;
    }

    public void setPriority(@Nullable String priority) {
        this.priority = priority;
    }

    public @Nullable String getTeam() {
        return team;
    }

    public void setTeam(@Nullable String team) {
        this.team = team;
    }

    public @Nullable String getAssignee() {
        return assignee;
    }

    public void setAssignee(@Nullable String assignee) {
        this.assignee = assignee;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public void setCategory(@Nullable String category) {
        this.category = category;
    }

    public @Nullable String getProduct() {
        return product;
    }

    public void setProduct(@Nullable String product) {
        this.product = product;
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

    public @Nullable String getTag() {
        return tag;
    }

    public void setTag(@Nullable String tag) {
        this.tag = tag;
    }

    public @Nullable String getCustomer() {
        return customer;
    }

    public void setCustomer(@Nullable String customer) {
        this.customer = customer;
    }

    public @Nullable String getSort() {
        return sort;
    }

    public void setSort(@Nullable String sort) {
        this.sort = sort;
    }

    public @Nullable String getOrder() {
        return order;
    }

    public void setOrder(@Nullable String order) {
        this.order = order;
    }
}
