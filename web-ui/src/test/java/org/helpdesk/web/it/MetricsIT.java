package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The Prometheus endpoint: administrators only on the main port, with HTTP, JVM and connection pool meters and our own
 * backlog meters (outbox lag per outbox, the analysis queue, the last drift check).
 */
@HelpdeskIntegrationTest
class MetricsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsScrapeTheMetricsOnTheMainPort() {
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Api.as(port, Personas.QUENTIN_QUALITY)
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
        assertThat(new Api(port, Personas.ADAM_ADMIN, "wrong")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(401);
        Api.Reply scraped = Api.as(port, Personas.ADAM_ADMIN).get("/actuator/prometheus");
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
    }

    @Test
    void theScrapeHasHttpJvmPoolAndBacklogMetrics() {
        UUID waitingChange = UUID.randomUUID();
        UUID waitingMail = UUID.randomUUID();
        Instant tenMinutesAgo = Instant.now().minusSeconds(600);
        Instant inAnHour = Instant.now().plusSeconds(3600);
        // Entries held back for an hour: the workers leave them alone while the test reads the lag.
        jdbc.sql("""
                        insert into search_outbox (entity_type, entity_id, enqueued_at, next_attempt_at)
                        values ('ticket', ?, ?, ?)""")
                .params(waitingChange, Timestamp.from(tenMinutesAgo), Timestamp.from(inAnHour))
                .update();
        jdbc.sql("""
                        insert into mail_outbox (id, kind, sender, recipient, subject, body_text, message_id, language,
                                                 next_attempt_at, created_at)
                        values (?, 'RESOLVED', 'support@helpdesk.local', 'metrics@example.org', 'Metrics', 'Waiting',
                                ?, 'en', ?, ?)""")
                .params(
                        waitingMail,
                        "<" + waitingMail + "@metrics.test>",
                        Timestamp.from(inAnHour),
                        Timestamp.from(tenMinutesAgo))
                .update();
        try {
            Api adam = Api.as(port, Personas.ADAM_ADMIN);
            JsonNode drift = adam.get("/api/v1/admin/search/drift").json();
            long ticketDifference = drift.get("databaseCount").asLong()
                    - drift.get("indexCount").asLong();

            String metrics = adam.get("/actuator/prometheus").body();

            assertThat(value(metrics, "http_server_requests_seconds_count", "uri=\"/api/v1/admin/search/drift\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
            assertThat(value(metrics, "jvm_memory_used_bytes", "area=\"heap\""))
                    .hasValueSatisfying(v -> assertThat(v).isPositive());
            assertThat(value(metrics, "hikaricp_connections_max", ""))
                    .hasValueSatisfying(v -> assertThat(v).isEqualTo(20.0));
            assertThat(value(metrics, "helpdesk_outbox_pending", "outbox=\"search\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
            assertThat(value(metrics, "helpdesk_outbox_oldest_age_seconds", "outbox=\"search\""))
                    .hasValueSatisfying(v -> assertThat(v).isBetween(599.0, 3600.0));
            assertThat(value(metrics, "helpdesk_outbox_pending", "outbox=\"mail\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
            assertThat(value(metrics, "helpdesk_outbox_oldest_age_seconds", "outbox=\"mail\""))
                    .hasValueSatisfying(v -> assertThat(v).isBetween(599.0, 3600.0));
            assertThat(value(metrics, "helpdesk_feedback_analysis_waiting", ""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(0.0));
            assertThat(value(metrics, "helpdesk_search_drift_difference", "entity=\"ticket\""))
                    .hasValue((double) ticketDifference);
            assertThat(value(metrics, "helpdesk_search_drift_unsynced", "entity=\"feedback\""))
                    .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(0.0));
            assertThat(metrics).contains("helpdesk_search_outbox_indexed_total{", "application=\"helpdesk\"");
        } finally {
            jdbc.sql("delete from search_outbox where entity_id = ?")
                    .param(waitingChange)
                    .update();
            jdbc.sql("delete from mail_outbox where id = ?").param(waitingMail).update();
        }
    }

    /** The value of the first sample of {@code name} whose labels contain {@code label}. */
    static Optional<Double> value(String metrics, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)} (\\S+)")
                .matcher(metrics);
        while (m.find()) {
            if (m.group(1).contains(label)) {
                return Optional.of(Double.parseDouble(m.group(2)));
            }
        }
        return Optional.empty();
    }
}
