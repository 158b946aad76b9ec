package org.helpdesk.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Writes {@link GeneratorSettings#tickets()} tickets and what hangs off them ({@link TicketStory}) into PostgreSQL
 * in one transaction, with {@code COPY} in chunks, plus one search outbox row per ticket so the app's outbox indexer
 * puts them into Elasticsearch (survey answers are queued by their table's trigger). Teams, agents, products and
 * categories that exist by name are reused; the customers are new, so the same seed cannot be generated twice into
 * one database. Nothing is visible before the commit.
 */
@Component
public class TicketGenerator {

    private static final int CHUNK = 10_000;

    private final DataSource dataSource;

    public TicketGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Generates the data; {@code progress} hears a line now and then. */
    public GenerationResult generate(GeneratorSettings settings, Consumer<String> progress) {
        DatasetTexts dataset = settings.dataset() == null ? null : DatasetTexts.read(settings.dataset());
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Map<String, Long> rows = write(connection, settings, dataset, progress);
                connection.commit();
                return new GenerationResult(rows, Duration.ofNanos(System.nanoTime() - started));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating tickets failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Long> write(
            Connection connection,
            GeneratorSettings settings,
            @Nullable DatasetTexts dataset,
            Consumer<String> progress)
            throws SQLException {
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        String prefix = Customers.emailPrefix(settings.seed());
        if (jdbc.sql("select exists (select 1 from customer where email like ?)")
                .param(prefix + "%")
                .query(Boolean.class)
                .single()) {
            throw new IllegalStateException("This database already holds the data of seed " + settings.seed());
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Instant since = settings.now().minus(settings.months() * 30L, ChronoUnit.DAYS);
        World world = World.create(jdbc, settings.seed(), settings.now());

        CopyBuffer customerRows = new CopyBuffer("customer", Customers.COLUMNS);
        Customers customers = Customers.write(customerRows, settings, since);
        customerRows.flush(copy);
        progress.accept("%,d customers, %d teams with %d agents each"
                .formatted(customers.size(), world.teams().size(), World.AGENTS_PER_TEAM));

        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("customer", customerRows.rows());
        TicketStory story = new TicketStory(settings, world, customers, dataset, since);
        Streams streams = Streams.create();
        long outboxBefore = count(jdbc, "search_outbox");
        long lastReport = System.nanoTime();
        for (long g = 0; g < settings.tickets(); g++) {
            story.tell(g, streams);
            if ((g + 1) % CHUNK == 0 || g + 1 == settings.tickets()) {
                streams.flush(copy);
                if (System.nanoTime() - lastReport > 10_000_000_000L || g + 1 == settings.tickets()) {
                    progress.accept("%,d of %,d tickets written".formatted(g + 1, settings.tickets()));
                    lastReport = System.nanoTime();
                }
            }
        }
        for (CopyBuffer buffer : streams.all()) {
            rows.merge(buffer.table(), buffer.rows(), Long::sum);
        }
        // The feedback trigger queued the survey answers too.
        rows.put("search_outbox", count(jdbc, "search_outbox") - outboxBefore);
        jdbc.sql("analyze").update();
        return rows;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
