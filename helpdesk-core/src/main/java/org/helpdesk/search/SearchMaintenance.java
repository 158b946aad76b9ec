package org.helpdesk.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
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

    /**
     * Starts a rebuild of every index (tickets, then feedback) in the background and returns the ticket index's run
     * at once; follow it with {@link #latestRebuild()}.
     */
    public ReindexRun startRebuild(String actor) {
        ReindexRun run = rebuild.begin(actor);
        background.submit(() -> rebuild.completeAll(run, actor));
        return run;
    }

    /** Rebuilds every index and returns their runs (tickets first) when done (for the command line and tests). */
    public List<ReindexRun> rebuild(String actor) {
        return rebuild.completeAll(rebuild.begin(actor), actor);
    }

    /**
     * Moves each index to the mapping this version of the app writes, by a rebuild, when its alias points
     * at an older one; returns when done, with the runs. Empty when the indices are current (or another rebuild
     * runs). The app does this by itself in the background at startup; this is for the command line and tests.
     */
    public List<ReindexRun> upgradeMapping(String actor) {
        try {
            return upgrade.upgradeNow(actor);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("The mapping upgrade needs Elasticsearch", e);
        }
    }

    public Optional<ReindexRun> latestRebuild() {
        return rebuild.latest();
    }

    /**
     * Compares the indices with PostgreSQL; with {@code repair}, queues missing or stale tickets and feedback items
     * and drops orphans.
     */
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
