package org.helpdesk.web.bench;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpdesk.generate.GenerationResult;
import org.helpdesk.generate.GeneratorSettings;
import org.helpdesk.generate.TicketGenerator;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchMaintenance;
import tools.jackson.databind.JsonNode;

/**
 * (1) Bulk import: the generator's rows per second into PostgreSQL; then the app's own outbox indexer's documents
 * per second into Elasticsearch until the outbox is empty; then Elasticsearch's own {@code _bulk} rate for the same
 * documents ({@link DirectBulk}); then a full rebuild of the indices from PostgreSQL against that rate, and the storage
 * the data takes.
 */
final class ImportPhase {

    private static final String INDEXED = "helpdesk.search.outbox.indexed";

    private final BenchApp app;
    private final BenchOptions options;
    private final Progress progress;

    ImportPhase(BenchApp app, BenchOptions options, Progress progress) {
        this.app = app;
        this.options = options;
        this.progress = progress;
    }

    List<Result> run() throws Exception {
        GeneratorSettings settings = new GeneratorSettings(
                options.tickets(),
                options.seed(),
                24,
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                options.dataset());
        progress.line(
                "generating %,d tickets (seed %d)%s",
                options.tickets(),
                options.seed(),
                options.dataset() == null ? "" : " with texts from " + options.dataset());
        double indexedBefore = indexed();
        GenerationResult generated =
                app.bean(TicketGenerator.class).generate(settings, line -> progress.line("  %s", line));
        progress.line(
                "written %,d rows in %.1f s: %,.0f rows/s, %s",
                generated.totalRows(),
                generated.took().toMillis() / 1000.0,
                generated.rowsPerSecond(),
                generated.rows());

        long drainStart = System.nanoTime();
        long lastReport = drainStart;
        Duration limit = Duration.ofMinutes(20).plusSeconds(options.tickets() / 100);
        long pending;
        do {
            Thread.sleep(500);
            pending = app.jdbc()
                    .sql("select count(*) from search_outbox")
                    .query(Long.class)
                    .single();
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                progress.line(
                        "  outbox: %,d rows waiting, %,.0f documents indexed", pending, indexed() - indexedBefore);
                lastReport = System.nanoTime();
            }
            if (System.nanoTime() - drainStart > limit.toNanos()) {
                throw new IllegalStateException("The outbox was not drained within " + limit);
            }
        } while (pending > 0);
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        double docs = indexed() - indexedBefore;
        double productRate = docs / drainSeconds;
        progress.line("outbox drained: %,.0f documents in %.1f s, %,.0f docs/s", docs, drainSeconds, productRate);

        DirectBulk.Outcome direct = new DirectBulk(new Elasticsearch(app.elasticsearch()))
                .copy(List.of(BenchApp.INDEX_PREFIX + "-tickets", BenchApp.INDEX_PREFIX + "-feedback"), progress);
        progress.line(
                "direct _bulk: %,d documents in %.1f s, %,.0f docs/s",
                direct.docs(), direct.seconds(), direct.docsPerSecond());

        progress.line("rebuilding both indices from PostgreSQL (new index, backfill, alias swap)");
        long rebuildStart = System.nanoTime();
        List<ReindexRun> runs = app.bean(SearchMaintenance.class).rebuild("bench");
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        long rebuilt = runs.stream().mapToLong(ReindexRun::processed).sum();
        double rebuildRate = rebuilt / rebuildSeconds;
        progress.line("rebuild: %,d documents in %.1f s, %,.0f docs/s", rebuilt, rebuildSeconds, rebuildRate);

        List<Result> results = new ArrayList<>();
        String tables = String.join(", ", generated.rows().keySet());
        results.add(Result.of(
                "import",
                "rows into PostgreSQL (COPY, one transaction; " + tables + ")",
                "%s rows/s (%,d rows, %,d tickets in %.0f s)"
                        .formatted(
                                number(generated.rowsPerSecond()),
                                generated.totalRows(),
                                generated.tickets(),
                                generated.took().toMillis() / 1000.0)));
        results.add(new Result(
                "import",
                "tickets + survey answers into Elasticsearch via the outbox, until drained",
                "%s docs/s (%,.0f docs in %.0f s)".formatted(number(productRate), docs, drainSeconds),
                "%s docs/s direct `_bulk` (%,d per request)"
                        .formatted(number(direct.docsPerSecond()), DirectBulk.BATCH),
                "%.2f".formatted(productRate / direct.docsPerSecond()),
                "—"));
        results.add(new Result(
                "import",
                "rebuild of both indices from PostgreSQL (read in batches, `_bulk` into a new index, alias swap)",
                "%s docs/s (%,d docs in %.0f s)".formatted(number(rebuildRate), rebuilt, rebuildSeconds),
                "%s docs/s direct `_bulk`".formatted(number(direct.docsPerSecond())),
                "%.2f".formatted(rebuildRate / direct.docsPerSecond()),
                "≥ 0.70 — " + (rebuildRate / direct.docsPerSecond() >= 0.7 ? "met" : "**not met**")));
        results.add(sizes(generated.tickets()));
        return results;
    }

    /** What the generated data takes: the whole database, and the primary store of the two indices behind the aliases. */
    private Result sizes(long tickets) throws Exception {
        long database = app.jdbc()
                .sql("select pg_database_size(current_database())")
                .query(Long.class)
                .single();
        long index = 0;
        for (JsonNode row : new Elasticsearch(app.elasticsearch())
                .get("/_cat/indices/" + BenchApp.INDEX_PREFIX + "-tickets," + BenchApp.INDEX_PREFIX
                        + "-feedback?format=json&bytes=b&h=index,pri.store.size")) {
            index += Long.parseLong(row.get("pri.store.size").asString());
        }
        return Result.of(
                "import",
                "storage after the import (PostgreSQL database; Elasticsearch primary store of both indices, after the"
                        + " rebuild)",
                "PostgreSQL %s MB (%.1f kB per ticket); Elasticsearch %s MB (%.1f kB per ticket)"
                        .formatted(
                                number(database / 1e6),
                                database / 1e3 / tickets,
                                number(index / 1e6),
                                index / 1e3 / tickets));
    }

    private double indexed() {
        return app.bean(MeterRegistry.class).find(INDEXED).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
