package org.helpdesk.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** How long the oldest entry of an outbox has been waiting, for the outbox lag meters. */
public final class OutboxAge {

    private OutboxAge() {}

    /**
     * Seconds since the instant {@code oldestSql} selects (one row, one column, null when the outbox is empty); 0 for an
     * empty outbox.
     */
    public static double seconds(JdbcClient jdbc, String oldestSql, Clock clock) {
        Timestamp oldest =
                jdbc.sql(oldestSql).query((rs, n) -> rs.getTimestamp(1)).list().get(0);
        if (oldest == null) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis()) / 1000.0;
    }
}
