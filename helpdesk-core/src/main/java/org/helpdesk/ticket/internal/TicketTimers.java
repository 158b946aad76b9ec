package org.helpdesk.ticket.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketSettings;
import org.helpdesk.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rules that act when time passes: SLA breaches are marked as deadlines pass (so the history says when a
 * target was missed and reports count breaches with plain SQL), and resolved tickets close once the
 * customer has had {@code helpdesk.tickets.auto-close-after} to object. Each ticket changes in its own
 * transaction under its row lock.
 */
@Component
public class TicketTimers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TicketTimers.class);
    static final String SLA_ACTOR = "system:sla";
    static final String CLOSING_ACTOR = "system:auto-close";
    private static final int BATCH = 200;

    private final TicketQueries queries;
    private final TicketChanges changes;
    private final TransactionTemplate transactions;
    private final TicketSettings settings;
    private final Clock clock;
    private @Nullable ScheduledExecutorService executor;

    TicketTimers(
            TicketQueries queries,
            TicketChanges changes,
            TransactionTemplate transactions,
            TicketSettings settings,
            Clock clock) {
        this.queries = queries;
        this.changes = changes;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Marks every breach due at {@code now}; returns how many tickets were marked. */
    public int markBreaches(Instant now) {
        int marked = 0;
        List<TicketId> due;
        do {
            due = queries.overdue(now, BATCH);
            for (TicketId id : due) {
                transactions.executeWithoutResult(status -> changes.apply(id, null, Set.of(), SLA_ACTOR, now, s -> {
                    s.markBreaches(now);
                    return null;
                }));
                marked++;
            }
        } while (due.size() == BATCH);
        return marked;
    }

    /**
     * Closes resolved tickets whose customer did not come back within the auto-close time; returns how many. Each
     * ticket is checked again under its row lock: another instance may have closed it, or the customer reopened it,
     * since it was listed.
     */
    public int closeResolved(Instant now) {
        Instant cutoff = now.minus(settings.autoCloseAfter());
        int closed = 0;
        List<TicketId> due;
        do {
            due = queries.resolvedBefore(cutoff, BATCH);
            for (TicketId id : due) {
                Boolean done = transactions.execute(status ->
                        changes.apply(id, null, Set.of("status"), CLOSING_ACTOR, now, s -> {
                            if (s.status != TicketStatus.RESOLVED
                                    || s.resolvedAt == null
                                    || s.resolvedAt.isAfter(cutoff)) {
                                return false;
                            }
                            s.moveTo(TicketStatus.CLOSED, null, now, settings.reopenWindow());
                            return true;
                        }));
                if (Boolean.TRUE.equals(done)) {
                    closed++;
                }
            }
        } while (due.size() == BATCH);
        return closed;
    }

    private void runQuietly() {
        try {
            Instant now = clock.instant();
            markBreaches(now);
            closeResolved(now);
        } catch (RuntimeException e) {
            log.warn("Ticket timers failed; will try again: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "ticket-timers");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.slaCheckInterval().toMillis();
        executor.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
