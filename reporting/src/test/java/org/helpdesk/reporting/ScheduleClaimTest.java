package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.helpdesk.reporting.internal.ScheduleStore;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Due schedules are claimed with {@code FOR UPDATE SKIP LOCKED}: while one instance runs a schedule, the others
 * pass it by, and once it moved the next run nobody runs it again. Uses committed rows on two connections (like two
 * instances), and removes them afterwards.
 */
class ScheduleClaimTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private final Instant now = Instant.parse("2025-03-17T05:31:00Z");

    @Test
    void aScheduleOneInstanceRunsIsSkippedByTheOthersAndRunsOnce() throws Exception {
        DataSource shared = ReportingDatabase.shared();
        UUID id = UUID.randomUUID();
        ScheduleDraft draft = draft();
        try (Connection setup = shared.getConnection()) {
            store(setup).insert(id, "adam.admin", draft, SOFIA, now.minusSeconds(60), now.minusSeconds(3600));
        }
        try (Connection one = shared.getConnection();
                Connection other = shared.getConnection()) {
            one.setAutoCommit(false);
            other.setAutoCommit(false);

            Optional<ReportSchedule> claimed = store(one).claimDue(now);
            Optional<UUID> meanwhile = store(other).claimDue(now).map(ReportSchedule::id);

            assertThat(claimed.map(ReportSchedule::id)).contains(id);
            assertThat(meanwhile).isNotEqualTo(Optional.of(id));
            store(one).setNextRun(id, claimed.orElseThrow().cadence().nextAfter(now));
            one.commit();
            other.rollback();
            assertThat(store(other).claimDue(now).map(ReportSchedule::id)).isNotEqualTo(Optional.of(id));
            other.rollback();
        } finally {
            try (Connection cleanup = shared.getConnection()) {
                store(cleanup).delete(id);
            }
        }
    }

    @Test
    void aScheduleReadsBackAsItWasSaved() throws Exception {
        DataSource shared = ReportingDatabase.shared();
        UUID id = UUID.randomUUID();
        ScheduleDraft draft = draft();
        try (Connection c = shared.getConnection()) {
            c.setAutoCommit(false);
            ScheduleStore store = store(c);
            store.insert(id, "quentin.quality", draft, SOFIA, Instant.parse("2025-03-24T05:30:00Z"), now);

            ReportSchedule saved = store.find(id).orElseThrow();

            assertThat(saved.definition()).isEqualTo(draft);
            assertThat(saved.owner()).isEqualTo("quentin.quality");
            assertThat(saved.zone()).isEqualTo(SOFIA);
            assertThat(saved.nextRunAt()).isEqualTo(Instant.parse("2025-03-24T05:30:00Z"));
            assertThat(store.list("quentin.quality"))
                    .extracting(ReportSchedule::id)
                    .contains(id);
            assertThat(store.list("someone.else"))
                    .extracting(ReportSchedule::id)
                    .doesNotContain(id);
            c.rollback();
        }
    }

    private static ScheduleDraft draft() {
        UUID team = UUID.randomUUID();
        return new ScheduleDraft(
                "Weekly quality",
                List.of(Kpi.NPS, Kpi.SENTIMENT_POSITIVE),
                Period.Type.WEEK,
                Granularity.DAY,
                Dimension.THEME,
                ReportFilter.none().withTeams(Set.of(team)).withChannels(Set.of("EMAIL", "PHONE")),
                Cadence.Frequency.WEEKLY,
                DayOfWeek.MONDAY,
                null,
                LocalTime.of(7, 30),
                List.of("boss@example.org", "qa@example.org"),
                Set.of(ReportExports.Format.PDF, ReportExports.Format.CSV),
                "bg");
    }

    private static ScheduleStore store(Connection connection) {
        return new ScheduleStore(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
    }
}
