package org.helpdesk.reporting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs the independent queries of one report side by side on several connections that all read the caller's
 * database snapshot ({@code pg_export_snapshot} / {@code SET TRANSACTION SNAPSHOT}, as {@code pg_dump -j} does),
 * so a report computed in parallel agrees with itself exactly as one computed on one connection.
 *
 * <p>The calling thread takes tasks too, and helpers only take tasks nobody has started: a report never waits for a
 * busy pool, it only goes faster when helpers are free. A caller whose transaction has written anything runs every
 * task itself, since another transaction cannot see its uncommitted rows.
 */
public final class SnapshotFork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFork.class);

    /** Runs everything on the caller's connection. */
    public static final SnapshotFork SEQUENTIAL = new SnapshotFork(null, 1);

    private final @Nullable DataSource dataSource;
    private final @Nullable ExecutorService helpers;
    private final int helperCount;

    /**
     * @param dataSource where helpers get their connections (at most {@code parallelism − 1} at a time)
     * @param parallelism how many connections one report may use at once, the caller's included
     */
    public SnapshotFork(@Nullable DataSource dataSource, int parallelism) {
        this.dataSource = dataSource;
        this.helperCount = dataSource == null ? 0 : Math.max(0, parallelism - 1);
        this.helpers = helperCount == 0 ? null : Executors.newFixedThreadPool(helperCount, threads());
    }

    /** Runs every task, each given a {@link JdbcClient} that reads the snapshot of {@code caller}; results in order. */
    public <T> List<T> all(JdbcClient caller, List<Function<JdbcClient, T>> tasks) {
        if (helpers == null || tasks.size() < 2 || writing(caller)) {
            return tasks.stream().map(task -> task.apply(caller)).toList();
        }
        Batch<T> batch = new Batch<>(tasks);
        String snapshot =
                caller.sql("select pg_export_snapshot()").query(String.class).single();
        for (int i = 0; i < Math.min(helperCount, tasks.size() - 1); i++) {
            helpers.execute(() -> batch.help(this::connection, snapshot));
        }
        batch.work(caller);
        // The exported snapshot lives as long as the caller's transaction: wait until every task is done.
        return batch.results();
    }

    /** Whether the caller's transaction has written: its own rows are invisible to any other transaction. */
    private static boolean writing(JdbcClient caller) {
        return caller.sql("select pg_current_xact_id_if_assigned() is not null")
                .query(Boolean.class)
                .single();
    }

    private Connection connection() throws SQLException {
        return java.util.Objects.requireNonNull(dataSource).getConnection();
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "report-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /** The tasks of one report: each taken once, by whoever comes first. */
    private static final class Batch<T> {

        private final List<Function<JdbcClient, T>> tasks;
        private final AtomicReferenceArray<T> results;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();

        Batch(List<Function<JdbcClient, T>> tasks) {
            this.tasks = List.copyOf(tasks);
            this.results = new AtomicReferenceArray<>(tasks.size());
            this.done = new CountDownLatch(tasks.size());
        }

        /** Takes tasks until none is left. */
        void work(JdbcClient jdbc) {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                try {
                    results.set(i, tasks.get(i).apply(jdbc));
                } catch (RuntimeException e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }
        }

        /**
         * A helper: on a connection of its own in the caller's snapshot, as long as tasks are left. A helper that
         * gets no connection or comes too late (the snapshot is gone with the caller's transaction) leaves the
         * tasks to the others.
         */
        void help(ConnectionSource connections, String snapshot) {
            if (next.get() >= tasks.size()) {
                return;
            }
            try (Connection connection = connections.get()) {
                boolean autoCommit = connection.getAutoCommit();
                int isolation = connection.getTransactionIsolation();
                connection.setAutoCommit(false);
                try {
                    connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set transaction read only");
                        // The snapshot id comes from pg_export_snapshot(), never from a user.
                        statement.execute("set transaction snapshot '" + snapshot.replace("'", "''") + "'");
                    }
                    work(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(autoCommit);
                    connection.setTransactionIsolation(isolation);
                }
            } catch (SQLException e) {
                LOG.debug("A report query helper could not join the report's snapshot; the others take its tasks", e);
            }
        }

        List<T> results() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while a report was computed", e);
            }
            RuntimeException failure = failures.poll();
            if (failure != null) {
                failures.forEach(failure::addSuppressed);
                throw failure;
            }
            List<T> all = new ArrayList<>(tasks.size());
            for (int i = 0; i < tasks.size(); i++) {
                all.add(results.get(i));
            }
            return all;
        }
    }
}
