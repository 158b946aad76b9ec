package org.helpdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Analysing every feedback item again, in the background, after the sentiment model or the theme taxonomy changed.
 * One job runs at a time; it walks the items oldest first and can be followed by its progress. Items keep their
 * old analysis until their turn comes, and corrections by quality managers are never touched.
 */
@Service
public class Reanalysis {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    Reanalysis(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Starts a job; a {@link ConflictException} if one is running already. */
    public Job start(@Nullable String reason, String actor) {
        String why = reason == null || reason.isBlank() ? "requested" : reason.strip();
        if (why.length() > 200) {
            throw InvalidInputException.of("reason", "too_long", "must be at most 200 characters");
        }
        UUID id = UUID.randomUUID();
        long total =
                jdbc.sql("select count(*) from feedback_item").query(Long.class).single();
        try {
            jdbc.sql("""
                            insert into feedback_reanalysis (id, reason, requested_by, requested_at, total, status)
                            values (?, ?, ?, ?, ?, 'RUNNING')""")
                    .params(id, why, actor, Timestamp.from(clock.instant()), total)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "A re-analysis is running already; wait for it to finish", 0, java.util.List.of());
        }
        return job(id).orElseThrow();
    }

    /**
     * Starts a job, or starts the running one over from the first item (with this reason): after a second change
     * while a job runs, every item still has to be analysed with what is now in force.
     */
    public Job restart(@Nullable String reason, String actor) {
        Optional<Job> running = latest().filter(Job::running);
        if (running.isEmpty()) {
            try {
                return start(reason, actor);
            } catch (ConflictException e) {
                running = latest().filter(Job::running);
                if (running.isEmpty()) {
                    throw e;
                }
            }
        }
        String why = reason == null || reason.isBlank() ? "requested" : reason.strip();
        long total =
                jdbc.sql("select count(*) from feedback_item").query(Long.class).single();
        jdbc.sql("""
                        update feedback_reanalysis set reason = ?, requested_by = ?, requested_at = ?, total = ?, done = 0,
                               cursor_received_at = null, cursor_id = null
                         where id = ? and status = 'RUNNING'""")
                .params(
                        why.length() > 200 ? why.substring(0, 200) : why,
                        actor,
                        Timestamp.from(clock.instant()),
                        total,
                        running.get().id())
                .update();
        audited(running.get().id(), why, total, actor, true);
        return job(running.get().id()).orElseThrow();
    }

    private void audited(UUID job, String reason, long total, String actor, boolean restarted) {
        audit.record(AuditEntry.of(
                actor,
                AuditActions.FEEDBACK_REANALYSIS_STARTED,
                "feedback_reanalysis",
                job.toString(),
                java.util.Map.of("reason", reason, "items", total, "restarted", restarted)));
    }

    /** The running job, else the latest one. */
    public Optional<Job> latest() {
        return jdbc.sql(
                        "select * from feedback_reanalysis order by (status = 'RUNNING') desc, requested_at desc limit 1")
                .query(Reanalysis::map)
                .optional();
    }

    public Optional<Job> job(UUID id) {
        return jdbc.sql("select * from feedback_reanalysis where id = ?")
                .param(id)
                .query(Reanalysis::map)
                .optional();
    }

    /** A re-analysis job and how far it got. */
    public record Job(
            UUID id,
            String reason,
            String requestedBy,
            Instant requestedAt,
            int total,
            int done,
            String status,
            @Nullable Instant finishedAt,
            @Nullable String error) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * done / total));
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    private static Job map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getString("reason"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getInt("total"),
                rs.getInt("done"),
                rs.getString("status"),
                finished == null ? null : finished.toInstant(),
                rs.getString("error"));
    }
}
