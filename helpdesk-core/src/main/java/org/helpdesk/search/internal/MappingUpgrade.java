package org.helpdesk.search.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.helpdesk.search.ReindexAlreadyRunningException;
import org.helpdesk.search.ReindexRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves an installation to the current index mappings: when an alias points at an index of an older
 * mapping version (say {@code helpdesk-tickets-v2}), the zero-downtime rebuild creates a
 * {@code -v3-…} index, backfills it from PostgreSQL and swaps the alias. Searches keep answering from
 * the old index meanwhile (new fields simply match nothing there); changes the outbox cannot write to
 * the old index are retried and land in the new one. The outbox indexer asks once per process, and
 * again after a failed attempt (Elasticsearch may be down at startup).
 */
@Component
public class MappingUpgrade {

    static final String ACTOR = "system:mapping-upgrade";
    private static final Logger log = LoggerFactory.getLogger(MappingUpgrade.class);

    private final IndexRebuild rebuild;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-mapping-upgrade");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean checked;

    MappingUpgrade(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The indices whose alias points at an index whose mapping is older than the one this release writes. */
    List<DocumentSource> outdated() throws IOException {
        List<DocumentSource> outdated = new ArrayList<>();
        for (DocumentSource source : rebuild.sources()) {
            SearchIndex index = source.index();
            index.ensureExists();
            Optional<String> target = index.aliasTarget();
            if (target.isPresent() && index.mappingVersion(target.get()).orElse(0) < index.currentVersion()) {
                outdated.add(source);
            }
        }
        return outdated;
    }

    /**
     * Upgrades every outdated index now, one after the other, returning when done: the runs (the ticket index's
     * first); empty when all are current or another rebuild is running.
     */
    public List<ReindexRun> upgradeNow(String actor) throws IOException {
        List<ReindexRun> runs = new ArrayList<>();
        for (DocumentSource source : outdated()) {
            try {
                runs.add(rebuild.complete(rebuild.begin(actor, source)));
            } catch (ReindexAlreadyRunningException e) {
                log.info("Mapping upgrade of the {} index left to the rebuild already running", source.entityType());
            }
        }
        return runs;
    }

    /** Called before indexing: the first time it gets an answer, starts the upgrade in the background if needed. */
    void checkOnce() {
        if (checked) {
            return;
        }
        try {
            List<DocumentSource> outdated = outdated();
            if (!outdated.isEmpty()) {
                log.info(
                        "Search index mapping is outdated for {}; rebuilding",
                        outdated.stream().map(DocumentSource::entityType).toList());
                background.submit(() -> {
                    try {
                        upgradeNow(ACTOR);
                    } catch (IOException | RuntimeException e) {
                        log.error("Search mapping upgrade failed", e);
                    }
                });
            }
            checked = true;
        } catch (IOException | RuntimeException e) {
            log.debug("Mapping check postponed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
