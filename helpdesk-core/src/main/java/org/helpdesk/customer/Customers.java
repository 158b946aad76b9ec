package org.helpdesk.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer register: customers are found by e-mail address, and created on first contact. */
@Service
public class Customers {

    public static final int MAX_LOOKUP = 50;
    private static final String SELECT =
            "select id, email, name, created_at, phone, language, company, segment, lost_on, lost_reason from customer";

    private final JdbcClient jdbc;
    private final Clock clock;

    Customers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the customer with this address, creating them if this is their first contact. */
    @Transactional
    public Customer findOrCreate(String email, @Nullable String name) {
        return findOrCreate(new CustomerDetails(email, name, null, null, null, null));
    }

    /**
     * Returns the customer with this address, creating them on first contact. Details the register does not
     * know yet (a phone number given on the phone, say) are filled in; known ones are never overwritten here.
     */
    @Transactional
    public Customer findOrCreate(CustomerDetails details) {
        CustomerDetails valid = details.validate();
        jdbc.sql("""
                        insert into customer (id, email, name, created_at, phone, language, company, segment)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict ((lower(email))) do update
                           set name = coalesce(customer.name, excluded.name),
                               phone = coalesce(customer.phone, excluded.phone),
                               language = coalesce(customer.language, excluded.language),
                               company = coalesce(customer.company, excluded.company),
                               segment = coalesce(customer.segment, excluded.segment)""")
                .params(
                        UUID.randomUUID(),
                        valid.email(),
                        valid.name(),
                        Timestamp.from(clock.instant()),
                        valid.phone(),
                        valid.language(),
                        valid.company(),
                        valid.segment())
                .update();
        return findByEmail(valid.email()).orElseThrow();
    }

    /** Changes what is known about a customer; the e-mail address stays their identity. */
    @Transactional
    public Customer update(CustomerId id, CustomerDetails details) {
        Customer current = get(id);
        CustomerDetails valid = new CustomerDetails(
                        current.email(),
                        details.name(),
                        details.phone(),
                        details.language(),
                        details.company(),
                        details.segment())
                .validate();
        jdbc.sql("update customer set name = ?, phone = ?, language = ?, company = ?, segment = ? where id = ?")
                .params(valid.name(), valid.phone(), valid.language(), valid.company(), valid.segment(), id.value())
                .update();
        return get(id);
    }

    /**
     * Marks the customer lost on a local day (not after today in {@code zone}, the organisation's) for a reason;
     * marking again replaces the day and reason. Returns the customer as they were, for the audit trail.
     */
    @Transactional
    public Customer markLost(CustomerId id, CustomerLoss loss, ZoneId zone) {
        CustomerLoss.Valid valid = loss.validate(LocalDate.now(clock.withZone(zone)));
        Customer before = get(id);
        jdbc.sql("update customer set lost_on = ?, lost_reason = ? where id = ?")
                .params(valid.on(), valid.reason(), id.value())
                .update();
        return before;
    }

    /** The customer is no longer considered lost. Returns the customer as they were, for the audit trail. */
    @Transactional
    public Customer unmarkLost(CustomerId id) {
        Customer before = get(id);
        jdbc.sql("update customer set lost_on = null, lost_reason = null where id = ?")
                .param(id.value())
                .update();
        return before;
    }

    public Optional<Customer> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(email) = lower(?)")
                .param(email.trim())
                .query(Customers::map)
                .optional();
    }

    public Optional<Customer> find(CustomerId id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id.value())
                .query(Customers::map)
                .optional();
    }

    public Customer get(CustomerId id) {
        return find(id).orElseThrow(() -> new NotFoundException("customer", id.toString()));
    }

    /** Quick lookup while on the phone: customers whose address, name or phone starts with what was typed. */
    public List<Customer> lookup(String query, int limit) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        if (limit < 1 || limit > MAX_LOOKUP) {
            throw InvalidInputException.of("limit", "out_of_range", "must be between 1 and " + MAX_LOOKUP);
        }
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > 320) {
            throw InvalidInputException.of("q", "too_long", "must be at most 320 characters");
        }
        String prefix = escapeLike(text) + "%";
        String digits = text.replaceAll("[^0-9+]", "");
        return jdbc.sql(SELECT + " " + """
                         where lower(email) like ? or lower(name) like ? or lower(name) like ?
                            or (length(?) >= 3 and regexp_replace(coalesce(phone, ''), '[^0-9+]', '', 'g') like ?)
                         order by lower(coalesce(name, email)) limit ?""")
                .params(prefix, prefix, "% " + prefix, digits, "%" + digits + "%", limit)
                .query(Customers::map)
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(
                new CustomerId(rs.getObject("id", UUID.class)),
                rs.getString("email"),
                rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("phone"),
                rs.getString("language"),
                rs.getString("company"),
                rs.getString("segment"),
                rs.getObject("lost_on", LocalDate.class),
                rs.getString("lost_reason"));
    }
}
