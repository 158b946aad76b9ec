package org.helpdesk.ticket.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketLink;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repeat contacts: the same customer comes back about the same category and product within the window.
 * What the new ticket names must match the earlier ticket; it must name at least one of the two.
 */
@Component
public class RepeatContacts {

    private final JdbcClient jdbc;

    RepeatContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule itself, for one earlier ticket; the query below asks the same of all of them at once. */
    public static boolean isRepeat(
            @Nullable UUID earlierCategory,
            @Nullable UUID earlierProduct,
            Instant earlierCreatedAt,
            @Nullable UUID category,
            @Nullable UUID product,
            Instant now,
            Duration window) {
        if (category == null && product == null) {
            return false;
        }
        boolean inWindow = !earlierCreatedAt.isAfter(now) && !earlierCreatedAt.isBefore(now.minus(window));
        return inWindow
                && (category == null || Objects.equals(category, earlierCategory))
                && (product == null || Objects.equals(product, earlierProduct));
    }

    /** The most recent earlier ticket that this one repeats, if any. Merged duplicates do not count. */
    Optional<TicketLink> earlier(
            CustomerId customer,
            TicketId self,
            @Nullable UUID category,
            @Nullable UUID product,
            Instant now,
            Duration window) {
        if (category == null && product == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, number from ticket
                         where customer_id = ? and id <> ? and merged_into_id is null
                           and created_at between ? and ?
                           and (cast(? as uuid) is null or category_id = ?)
                           and (cast(? as uuid) is null or product_id = ?)
                         order by created_at desc limit 1""")
                .params(
                        customer.value(),
                        self.value(),
                        Timestamp.from(now.minus(window)),
                        Timestamp.from(now),
                        category,
                        category,
                        product,
                        product)
                .query((rs, n) -> new TicketLink(new TicketId(rs.getObject("id", UUID.class)), rs.getLong("number")))
                .optional();
    }
}
