package org.helpdesk.customer;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer register: customers are found by e-mail address, and created on first contact. */
@Service
public class Customers {

    private final JdbcClient jdbc;
    private final Clock clock;

    Customers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns the customer with this address, creating them if this is their first contact. */
    @Transactional
    public Customer findOrCreate(String email, @Nullable String name) {
        String normalized = EmailAddress.normalize(email);
        jdbc.sql("""
                        insert into customer (id, email, name, created_at) values (?, ?, ?, ?)
                        on conflict ((lower(email))) do nothing""")
                .params(UUID.randomUUID(), normalized, name, java.sql.Timestamp.from(clock.instant()))
                .update();
        return findByEmail(normalized).orElseThrow();
    }

    public Optional<Customer> findByEmail(String email) {
        return jdbc.sql("select id, email, name, created_at from customer where lower(email) = lower(?)")
                .param(email.trim())
                .query((rs, n) -> new Customer(
                        new CustomerId(rs.getObject("id", UUID.class)),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }
}
