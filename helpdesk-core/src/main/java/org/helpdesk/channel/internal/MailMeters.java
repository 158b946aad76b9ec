package org.helpdesk.channel.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.helpdesk.shared.OutboxAge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail outbox's lag, read when the meters are scraped: {@code helpdesk.outbox.pending} (mails not sent yet) and
 * {@code helpdesk.outbox.oldest.age} (seconds the oldest of them has waited, 0 when none) with {@code outbox=mail}.
 */
@Component
class MailMeters implements MeterBinder {

    static final String OUTBOX = "mail";

    private final JdbcClient jdbc;
    private final Clock clock;

    MailMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("helpdesk.outbox.pending", this, MailMeters::pending)
                .description("Changes waiting in the outbox")
                .tag("outbox", OUTBOX)
                .register(registry);
        Gauge.builder("helpdesk.outbox.oldest.age", this, MailMeters::oldestAge)
                .description("Age of the oldest change waiting in the outbox")
                .baseUnit("seconds")
                .tag("outbox", OUTBOX)
                .register(registry);
    }

    private double pending() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    private double oldestAge() {
        return OutboxAge.seconds(jdbc, "select min(created_at) from mail_outbox where status = 'PENDING'", clock);
    }
}
