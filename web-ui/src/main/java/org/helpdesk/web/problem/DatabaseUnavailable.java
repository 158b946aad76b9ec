package org.helpdesk.web.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means PostgreSQL could not be reached (down, restarting, the connection pool out of connections):
 * nothing the caller did, and gone again once the database is back. Such requests are answered 503 with
 * {@code Retry-After}; their transaction rolls back as a whole (only a commit whose answer was lost on the way back
 * may have been stored, and then completely).
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /**
     * PostgreSQL's SQL states for a lost server: connection exceptions (class 08) and the operator interventions of a
     * shutdown or a start ({@code admin_shutdown}, {@code crash_shutdown}, {@code cannot_connect_now}).
     */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    /** True if {@code failure} or one of its causes says the database could not be reached. */
    public static boolean causedBy(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && serverGone(sql.getSQLState())) {
                return true;
            }
            // A rollback that failed too ("Connection is closed") hides the failure that caused it. When the commit
            // itself failed, Spring only logs that failure ("Commit exception overridden by rollback exception"): a
            // transaction that could neither commit nor roll back at the JDBC level lost its connection.
            if (cause instanceof TransactionSystemException rollback
                    && (rollback.getApplicationException() != null
                            ? causedBy(rollback.getApplicationException())
                            : rollback.getCause() instanceof SQLException sql && connectionLost(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** The pool's "Connection is closed" carries no SQL state; a connection-class state says the same. */
    private static boolean connectionLost(SQLException sql) {
        return serverGone(sql.getSQLState())
                || (sql.getSQLState() == null
                        && sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("connection is closed"));
    }

    private static boolean serverGone(@Nullable String state) {
        return state != null && (state.startsWith("08") || SERVER_GONE.contains(state));
    }
}
