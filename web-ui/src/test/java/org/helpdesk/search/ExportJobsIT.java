package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.helpdesk.customer.ContactView;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staleness rule of background exports with a short {@code abandoned-after}, on the real table: exports that
 * wait for a worker or write far longer than the timeout without progress stay running while their instance lives;
 * only one nothing keeps alive (its worker died, its instance stopped) is shown as failed, as abandoned. Each
 * test runs its own {@link ExportJobs} instances, with writers it holds and releases, and removes their rows.
 */
@HelpdeskIntegrationTest
class ExportJobsIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String OWNER = "export-jobs-it";
    private static final byte[] LINE = "a;b;c".getBytes(StandardCharsets.UTF_8);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final List<ExportJobs> instances = new ArrayList<>();
    /** Each export's id by the query of its plan, so a writer knows which export it writes. */
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    private final CountDownLatch release = new CountDownLatch(1);
    /** The exports a worker has started writing. */
    private final Set<UUID> writing = ConcurrentHashMap.newKeySet();

    @AfterEach
    void cleanUp() {
        release.countDown();
        instances.forEach(ExportJobs::stop);
        jdbc.sql("delete from search_export where owner = ?").param(OWNER).update();
    }

    @Test
    void exportsWaitingOrWritingFarLongerThanTheTimeoutStayRunningWhileTheirInstanceLives() {
        ExportJobs jobs = instance(heldWriter());
        // Two workers: two exports write (and block, like a page that takes long), the third waits its turn.
        UUID first = start(jobs);
        UUID second = start(jobs);
        UUID third = start(jobs);
        await().atMost(Duration.ofSeconds(30)).until(() -> writing.size() == ExportJobs.WORKERS);

        long end = System.nanoTime() + TIMEOUT.multipliedBy(3).toNanos();
        while (System.nanoTime() < end) {
            for (UUID id : List.of(first, second, third)) {
                assertThat(status(jobs, id)).as("export %s", id).isEqualTo(ExportJob.Status.RUNNING);
            }
            pause(100);
        }
        assertThat(writing).as("the third was waiting for a worker all along").doesNotContain(third);
        assertThat(jobs.find(third, OWNER).orElseThrow().rowsDone()).isZero();

        release.countDown();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(List.of(first, second, third))
                        .allSatisfy(id -> assertThat(status(jobs, id)).isEqualTo(ExportJob.Status.DONE)));
        assertThat(List.of(first, second, third))
                .allSatisfy(id -> assertThat(jobs.file(id, OWNER).orElseThrow()).isEqualTo(LINE));
    }

    @Test
    void anExportWhoseWorkerDiedIsShownAsAbandonedOnceTheTimeoutHasPassed() {
        ExportJobs jobs = instance((plan, format, out, progress) -> {
            progress.accept(1);
            throw new WorkerDeath();
        });
        UUID lost = start(jobs);

        pause(TIMEOUT.toMillis() / 2);
        assertThat(jobs.find(lost, OWNER).orElseThrow())
                .extracting(ExportJob::status, ExportJob::rowsDone)
                .containsExactly(ExportJob.Status.RUNNING, 1L);
        await().atMost(TIMEOUT.multipliedBy(5))
                .untilAsserted(() -> assertThat(jobs.find(lost, OWNER).orElseThrow())
                        .extracting(ExportJob::status, ExportJob::failure)
                        .containsExactly(ExportJob.Status.FAILED, ExportJob.Failure.ABANDONED));
    }

    @Test
    void exportsOfAStoppedInstanceFailWhileAnotherInstanceKeepsItsOwnAlive() {
        ExportJobs alive = instance(heldWriter());
        ExportJobs stopping = instance(heldWriter());
        UUID kept = start(alive);
        UUID interrupted = start(stopping);
        UUID other = start(stopping);
        UUID queued = start(stopping);
        await().atMost(Duration.ofSeconds(30)).until(() -> writing.size() == 3);
        assertThat(writing).doesNotContain(queued);

        stopping.stop();

        // The writing ones are interrupted and record that they failed; the waiting one never ran, so nothing
        // said so: it is failed as abandoned once the timeout has passed, read on the other instance.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(List.of(interrupted, other))
                        .allSatisfy(id -> assertThat(alive.find(id, OWNER).orElseThrow())
                                .extracting(ExportJob::status, ExportJob::failure)
                                .containsExactly(ExportJob.Status.FAILED, ExportJob.Failure.ERROR)));
        await().atMost(TIMEOUT.multipliedBy(5))
                .untilAsserted(() -> assertThat(alive.find(queued, OWNER).orElseThrow())
                        .extracting(ExportJob::status, ExportJob::failure)
                        .containsExactly(ExportJob.Status.FAILED, ExportJob.Failure.ABANDONED));
        assertThat(status(alive, kept)).isEqualTo(ExportJob.Status.RUNNING);
    }

    private ExportJobs instance(ExportJobs.Writer writer) {
        ExportJobs jobs = new ExportJobs(
                writer, jdbc, clock, new SearchProperties.Export(100, 10, Duration.ofHours(24), TIMEOUT));
        instances.add(jobs);
        return jobs;
    }

    private UUID start(ExportJobs jobs) {
        UUID id = UUID.randomUUID();
        String query = "heartbeat " + id;
        ids.put(query, id);
        ExportPlan plan = new ExportPlan(TicketSearchRequest.of(query, 0, 20), 3, 3, false, 100, ContactView.FULL);
        jobs.start(id, OWNER, plan, ExportFormat.CSV, "q=" + query);
        return id;
    }

    /** Writes a line and then waits, without progress, until the test releases it; interrupted, it fails. */
    private ExportJobs.Writer heldWriter() {
        return (plan, format, out, progress) -> {
            try {
                out.write(LINE);
                writing.add(ids.get(plan.request().query()));
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                return 3;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        };
    }

    /** An Error ending a worker thread, as running out of memory would: nothing records that the export failed. */
    private static final class WorkerDeath extends Error {
        WorkerDeath() {
            super("simulated: the worker thread dies");
        }
    }

    private static ExportJob.Status status(ExportJobs jobs, UUID id) {
        return jobs.find(id, OWNER).orElseThrow().status();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
