package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.helpdesk.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo generator writes through the ticket desk: every demo ticket has its history and reached the search outbox. */
@HelpdeskIntegrationTest
class DemoDataIT {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoTicketsHaveAHistoryInThreeLanguagesAndRealisticOutcomes() {
        long before = count("select count(*) from ticket");
        long lastNumber = count("select coalesce(max(number), 0) from ticket");
        long started = System.nanoTime();

        demo.fill(100);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // A guard against pathological slowness, with room for a busy CI machine sharing its cores.
        assertThat(took).as("100 demo tickets").isLessThan(Duration.ofSeconds(60));
        assertThat(count("select count(*) from ticket") - before).isGreaterThanOrEqualTo(100);
        assertThat(count("""
                        select count(*) from ticket t where t.number > %d
                           and not exists (select 1 from ticket_event e where e.ticket_id = t.id and e.type = 'CREATED')""".formatted(lastNumber)))
                .as("every ticket has its CREATED event")
                .isZero();
        String demo = " from ticket t where t.number > " + lastNumber;
        assertThat(count("select count(distinct t.language)" + demo)).isEqualTo(3);
        assertThat(count("select count(*)" + demo + " and t.resolved_at is not null"))
                .isPositive();
        assertThat(count("select count(*)" + demo + " and t.first_contact_resolution"))
                .isPositive();
        assertThat(count("select count(*)" + demo + " and t.repeat_of_id is not null"))
                .isPositive();
        assertThat(count("select count(*) from ticket_message m join ticket t on t.id = m.ticket_id"
                        + " where m.author_type = 'CUSTOMER' and t.number > " + lastNumber))
                .isPositive();
        assertThat(count("select count(*)" + demo + " and t.created_at > now()"))
                .isZero();
        assertThat(count("select count(*) from ticket_event e join ticket t on t.id = e.ticket_id"
                        + " where e.occurred_at > now() and t.number > " + lastNumber))
                .as("the demo never writes the future")
                .isZero();
        assertThat(count("select count(*) from survey_invitation i join ticket t on t.id = i.ticket_id"
                        + " where t.resolved_at < now() - interval '15 days' and t.number > " + lastNumber))
                .as("no survey about a resolution months ago")
                .isZero();
        assertThat(count("select count(*) from team where name in ('Complaints', 'Deliveries', 'Billing')"))
                .isEqualTo(3);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
