package org.helpdesk.reporting;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A real PostgreSQL for the KPI tests, started once per test JVM (alone, without Elasticsearch) and migrated
 * with the core's and reporting's Flyway migrations. Each test works in one transaction that is rolled back,
 * so tests never see each other's tickets.
 */
final class ReportingDatabase {

    private static EmbeddedPostgres postgres;

    private final SingleConnectionDataSource dataSource;

    private ReportingDatabase(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A fresh transaction on the shared database; call {@link #rollback()} when done. */
    static ReportingDatabase begin() {
        try {
            return begin(shared().getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A transaction on a database of one's own (a benchmark on existing data); rolled back like the others. */
    static ReportingDatabase begin(String jdbcUrl, String username, String password) {
        try {
            return begin(java.sql.DriverManager.getConnection(jdbcUrl, username, password));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReportingDatabase begin(Connection connection) {
        try {
            connection.setAutoCommit(false);
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            return new ReportingDatabase(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Commits what was written so far (a benchmark keeping its generated tickets); the transaction goes on. */
    void commit() {
        try (Connection connection = dataSource.getConnection()) {
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void rollback() {
        try (Connection connection = dataSource.getConnection()) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            dataSource.destroy();
        }
    }

    static synchronized DataSource shared() {
        if (postgres == null) {
            try {
                Path binaries = Files.createDirectories(
                        Path.of(System.getProperty("user.home"), ".cache", "helpdesk", "postgres"));
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
        return postgres.getPostgresDatabase();
    }
}
