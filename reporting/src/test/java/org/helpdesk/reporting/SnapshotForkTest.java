package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.helpdesk.reporting.internal.SnapshotFork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A report's queries run side by side, and still all read the caller's snapshot. */
class SnapshotForkTest {

    private static final DataSource DATABASE = ReportingDatabase.shared();

    @BeforeAll
    static void probeTable() {
        JdbcClient.create(DATABASE)
                .sql("create table if not exists snapshot_fork_probe (n int); truncate snapshot_fork_probe")
                .update();
    }

    @AfterAll
    static void dropProbe() {
        JdbcClient.create(DATABASE).sql("drop table snapshot_fork_probe").update();
    }

    @Test
    void helpersReadTheCallersSnapshotOnConnectionsOfTheirOwn() throws SQLException {
        try (SnapshotFork fork = new SnapshotFork(DATABASE, 3);
                Connection caller = DATABASE.getConnection()) {
            caller.setAutoCommit(false);
            caller.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(caller, true));
            assertThat(count(jdbc)).isZero();
            // Committed after the caller's snapshot was taken: no task may see it.
            JdbcClient.create(DATABASE)
                    .sql("insert into snapshot_fork_probe select generate_series(1, 5)")
                    .update();

            List<Probe> probes = fork.all(jdbc, Collections.nCopies(12, SnapshotForkTest::slowProbe));

            assertThat(probes).extracting(Probe::rows).containsOnly(0L);
            assertThat(probes.stream().map(Probe::backend).distinct().count())
                    .as("tasks ran on more than the caller's connection")
                    .isGreaterThan(1);
            caller.rollback();
        } finally {
            JdbcClient.create(DATABASE).sql("truncate snapshot_fork_probe").update();
        }
    }

    @Test
    void aCallerThatWroteRunsEveryTaskItselfAndSeesItsOwnRows() throws SQLException {
        try (SnapshotFork fork = new SnapshotFork(DATABASE, 3);
                Connection caller = DATABASE.getConnection()) {
            caller.setAutoCommit(false);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(caller, true));
            jdbc.sql("insert into snapshot_fork_probe values (1)").update();
            int callerBackend = backend(jdbc);

            List<Probe> probes = fork.all(jdbc, Collections.nCopies(4, SnapshotForkTest::slowProbe));

            assertThat(probes).extracting(Probe::rows).containsOnly(1L);
            assertThat(probes).extracting(Probe::backend).containsOnly(callerBackend);
            caller.rollback();
        }
    }

    @Test
    void aFailingTaskFailsTheWholeReportAfterTheOthersFinished() throws SQLException {
        try (SnapshotFork fork = new SnapshotFork(DATABASE, 2);
                Connection caller = DATABASE.getConnection()) {
            caller.setAutoCommit(false);
            caller.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(caller, true));
            List<Function<JdbcClient, Probe>> tasks = List.of(
                    SnapshotForkTest::slowProbe,
                    j -> {
                        throw new IllegalStateException("family failed");
                    },
                    SnapshotForkTest::slowProbe);

            assertThatThrownBy(() -> fork.all(jdbc, tasks)).hasMessage("family failed");
            // The caller's transaction is still usable afterwards.
            assertThat(count(jdbc)).isZero();
            caller.rollback();
        }
    }

    private record Probe(long rows, int backend) {}

    private static Probe slowProbe(JdbcClient jdbc) {
        jdbc.sql("select pg_sleep(0.05)").query().singleRow();
        return new Probe(count(jdbc), backend(jdbc));
    }

    private static long count(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from snapshot_fork_probe")
                .query(Long.class)
                .single();
    }

    private static int backend(JdbcClient jdbc) {
        return jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
    }
}
