package org.helpdesk.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.helpdesk.search.ReindexAlreadyRunningException;
import org.helpdesk.search.ReindexRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves an installation to the current index mapping: when the alias points at an index of an older
 * mapping version (say {@code helpdesk-tickets-v1}), the zero-downtime rebuild creates a
 * {@code -v2-…} index, backfills it from PostgreSQL and swaps the alias. Searches keep answering from
 * the old index meanwhile (new fields simply match nothing there); changes the outbox cannot write to
 * the old index are retried and land in the new one. The outbox indexer asks once per process, and
 * again after a failed attempt (Elasticsearch may be down at startup).
 */
@Component
public class MappingUpgrade {

    static final String ACTOR = "system:mapping-upgrade";
    private static final Logger log = LoggerFactory.getLogger(MappingUpgrade.class);

    private final TicketIndex index;
    private final IndexRebuild rebuild;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-mapping-upgrade");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean checked;

    MappingUpgrade(TicketIndex index, IndexRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    /** Whether the alias points at an index whose mapping is older than {@link TicketIndex#MAPPING_VERSION}. */
    public boolean outdated() throws IOException {
        index.ensureExists();
        Optional<String> target = index.aliasTarget();
        return target.isPresent() && index.mappingVersion(target.get()).orElse(0) < TicketIndex.MAPPING_VERSION;
    }

    /** Upgrades now, returning when done; empty when the index is current or another rebuild is running. */
    public Optional<ReindexRun> upgradeNow(String actor) throws IOException {
        if (!outdated()) {
            return Optional.empty();
        }
        try {
            return Optional.of(rebuild.complete(rebuild.begin(actor)));
        } catch (ReindexAlreadyRunningException e) {
            return Optional.empty();
        }
    }

    /** Called before indexing: the first time it gets an answer, starts the upgrade in the background if needed. */
    void checkOnce() {
        if (checked) {
            return;
        }
        try {
            if (outdated()) {
                ReindexRun run = rebuild.begin(ACTOR);
                log.info("Search index mapping is outdated; rebuilding into {}", run.targetIndex());
                background.submit(() -> rebuild.complete(run));
            }
            checked = true;
        } catch (ReindexAlreadyRunningException e) {
            checked = true; // someone else is already rebuilding, with the current mapping
        } catch (IOException | RuntimeException e) {
            log.debug("Mapping check postponed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
