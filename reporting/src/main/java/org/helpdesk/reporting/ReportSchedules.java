package org.helpdesk.reporting;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.channel.MailQueue;
import org.helpdesk.reporting.internal.ScheduleDelivery;
import org.helpdesk.reporting.internal.ScheduleStore;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports mailed on a schedule. Administrators see and change every schedule, quality managers their own; every
 * change is audited. A due schedule is claimed with {@code FOR UPDATE SKIP LOCKED} and run in the same transaction
 * that queues its mails and moves its next run, so with several instances each run happens exactly once; the
 * report covers the last complete period and runs with the owner's scope at that time. Each run is recorded, a
 * failed one with its reason. The scheduled runs this instance made are counted in {@value #RUNS}.
 */
@Service
public class ReportSchedules {

    public static final String CREATED = "REPORT_SCHEDULE_CREATED";
    public static final String CHANGED = "REPORT_SCHEDULE_CHANGED";
    public static final String DELETED = "REPORT_SCHEDULE_DELETED";
    public static final String SENT = "REPORT_SCHEDULE_SENT";
    /** The meter counting the scheduled runs this instance made. */
    public static final String RUNS = "helpdesk.reports.scheduled.runs";
    /** The most runs shown with a schedule. */
    public static final int HISTORY = 50;

    private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);
    private static final int ERROR_MAX = 1000;
    /** Schedules one round runs at most; the rest wait for the next round. */
    private static final int ROUND_MAX = 100;

    private final ScheduleStore store;
    private final ScheduleDelivery delivery;
    private final ReportScopes scopes;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter runs;

    ReportSchedules(
            JdbcClient jdbc,
            Reports reports,
            ReportExports exports,
            MailQueue mail,
            MessageSource messages,
            ReportScopes scopes,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.store = new ScheduleStore(jdbc);
        this.delivery = new ScheduleDelivery(reports::run, exports, mail, messages);
        this.scopes = scopes;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.runs = meters.getIfAvailable(SimpleMeterRegistry::new).counter(RUNS);
    }

    /** Every schedule for an administrator, one's own otherwise. */
    public List<ReportSchedule> visibleTo(String actor, boolean admin) {
        return store.list(admin ? null : actor);
    }

    /** A schedule the actor may see; a 404 otherwise (someone else's is not told apart from a missing one). */
    public ReportSchedule get(UUID id, String actor, boolean admin) {
        return store.find(id)
                .filter(s -> admin || s.owner().equals(actor))
                .orElseThrow(() -> new NotFoundException("report schedule", id.toString()));
    }

    public List<ScheduleRun> runs(UUID id, String actor, boolean admin) {
        return store.runs(get(id, actor, admin).id(), HISTORY);
    }

    public ReportSchedule create(ScheduleDraft draft, String owner, ZoneId zone) {
        draft.requireValid();
        return inTransaction(status -> {
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            store.insert(id, owner, draft, zone, draft.cadence(zone).nextAfter(now), now);
            ReportSchedule created = store.find(id).orElseThrow();
            audit.record(AuditEntry.of(owner, CREATED, "report_schedule", id.toString(), details(created)));
            return created;
        });
    }

    public ReportSchedule update(UUID id, ScheduleDraft draft, ZoneId zone, String actor, boolean admin) {
        draft.requireValid();
        return inTransaction(status -> {
            get(id, actor, admin);
            Instant now = clock.instant();
            store.update(id, draft, zone, draft.cadence(zone).nextAfter(now), now);
            ReportSchedule changed = store.find(id).orElseThrow();
            audit.record(AuditEntry.of(actor, CHANGED, "report_schedule", id.toString(), details(changed)));
            return changed;
        });
    }

    public void delete(UUID id, String actor, boolean admin) {
        inTransaction(status -> {
            ReportSchedule gone = get(id, actor, admin);
            store.delete(id);
            audit.record(AuditEntry.of(actor, DELETED, "report_schedule", id.toString(), details(gone)));
            return gone;
        });
    }

    /** Runs the schedule now for the last complete period, without moving its next run. */
    public ScheduleRun sendNow(UUID id, String actor, boolean admin) {
        return inTransaction(status -> {
            ReportSchedule schedule = get(id, actor, admin);
            ScheduleRun run = run(schedule, ScheduleRun.Trigger.MANUAL, actor, clock.instant(), status);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", schedule.name());
            details.put("period", run.periodFrom() + ".." + run.periodTo());
            details.put("outcome", run.outcome().name());
            details.put("mails", run.mails());
            audit.record(AuditEntry.of(actor, SENT, "report_schedule", id.toString(), details));
            return run;
        });
    }

    /** Runs every due schedule, each in its own transaction; returns how many ran. */
    public int runDue() {
        int ran = 0;
        while (ran < ROUND_MAX && Boolean.TRUE.equals(transactions.execute(this::runOneDue))) {
            ran++;
        }
        return ran;
    }

    private Boolean runOneDue(TransactionStatus status) {
        Instant now = clock.instant();
        Optional<ReportSchedule> due = store.claimDue(now);
        if (due.isEmpty()) {
            return false;
        }
        ReportSchedule schedule = due.get();
        run(schedule, ScheduleRun.Trigger.SCHEDULE, schedule.owner(), now, status);
        // Missed runs (the app was down) are not caught up one by one: the next run is the next one from now.
        store.setNextRun(schedule.id(), schedule.cadence().nextAfter(now));
        runs.increment();
        return true;
    }

    /** Queues the mails or, if anything fails, none of them; the run is recorded either way. */
    private ScheduleRun run(
            ReportSchedule schedule, ScheduleRun.Trigger trigger, String actor, Instant now, TransactionStatus status) {
        Period period = ScheduleDelivery.lastComplete(schedule, now);
        Object savepoint = status.createSavepoint();
        int mails = 0;
        String error = null;
        try {
            ReportScope scope = scopes.of(schedule.owner())
                    .orElseThrow(() -> new IllegalStateException(
                            "the owner " + schedule.owner() + " has no enabled account any more"));
            mails = delivery.deliver(schedule, period, scope);
            status.releaseSavepoint(savepoint);
        } catch (RuntimeException e) {
            status.rollbackToSavepoint(savepoint);
            error = reason(e);
            log.warn("Scheduled report {} ({}) failed: {}", schedule.id(), schedule.name(), error, e);
        }
        ScheduleRun run = new ScheduleRun(
                UUID.randomUUID(),
                schedule.id(),
                now,
                trigger,
                actor,
                period.from(),
                period.to(),
                error == null ? ScheduleRun.Outcome.SENT : ScheduleRun.Outcome.FAILED,
                mails,
                error);
        store.insertRun(run);
        return run;
    }

    private static String reason(RuntimeException e) {
        String text = e instanceof InvalidInputException invalid
                ? invalid.violations().toString()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX) + "…";
    }

    private <T> T inTransaction(java.util.function.Function<TransactionStatus, @Nullable T> work) {
        return java.util.Objects.requireNonNull(transactions.execute(work::apply));
    }

    private static Map<String, Object> details(ReportSchedule s) {
        ScheduleDraft d = s.definition();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", d.name());
        details.put("owner", s.owner());
        details.put("kpis", d.kpis().stream().map(Kpi::id).toList());
        details.put("period", d.period().name());
        details.put("breakdown", d.breakdown() == null ? "none" : d.breakdown().id());
        details.put("frequency", d.frequency().name());
        details.put(
                "day", d.frequency() == Cadence.Frequency.WEEKLY ? d.dayOfWeek().name() : d.dayOfMonth());
        details.put("time", d.time().toString());
        details.put("zone", s.zone().getId());
        details.put("recipients", d.recipients());
        details.put("formats", d.formats().stream().map(Enum::name).sorted().toList());
        details.put("language", d.language());
        return details;
    }
}
