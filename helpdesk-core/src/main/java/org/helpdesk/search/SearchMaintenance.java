package org.helpdesk.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.helpdesk.search.internal.IndexDrift;
import org.helpdesk.search.internal.IndexRebuild;
import org.helpdesk.search.internal.MappingUpgrade;
import org.springframework.stereotype.Service;

/**
 * Keeping the search index true to PostgreSQL: full rebuilds without downtime, and a drift check that
 * finds (and optionally repairs) differences.
 */
@Service
public class SearchMaintenance {

    private final IndexRebuild rebuild;
    private final IndexDrift drift;
    private final MappingUpgrade upgrade;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    SearchMaintenance(IndexRebuild rebuild, IndexDrift drift, MappingUpgrade upgrade) {
        this.rebuild = rebuild;
        this.drift = drift;
        this.upgrade = upgrade;
    }

    /** Starts a rebuild in the background and returns at once; follow it with {@link #latestRebuild()}. */
    public ReindexRun startRebuild(String actor) {
        ReindexRun run = rebuild.begin(actor);
        background.submit(() -> rebuild.complete(run));
        return run;
    }

    /** Rebuilds the index and returns when done (for the command line and tests). */
    public ReindexRun rebuild(String actor) {
        return rebuild.complete(rebuild.begin(actor));
    }

    /**
     * Moves the index to the mapping this version of the app writes, by a rebuild, when the alias points
     * at an older one; returns when done. Empty when the index is current (or another rebuild runs).
     * The app does this by itself in the background at startup; this is for the command line and tests.
     */
    public Optional<ReindexRun> upgradeMapping(String actor) {
        try {
            return upgrade.upgradeNow(actor);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("The mapping upgrade needs Elasticsearch", e);
        }
    }

    public Optional<ReindexRun> latestRebuild() {
        return rebuild.latest();
    }

    /** Compares the index with PostgreSQL; with {@code repair}, queues missing or stale tickets and drops orphans. */
    public DriftReport checkDrift(boolean repair) {
        try {
            return drift.check(repair);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("The drift check needs Elasticsearch", e);
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
