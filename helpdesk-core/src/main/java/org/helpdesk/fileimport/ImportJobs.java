package org.helpdesk.fileimport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import jobs of one feature, kept in its own table (the shape of {@code feedback_import}): upload (the file is
 * read and kept), preview under a mapping (nothing stored), queue, and the run itself in batches, each committed with
 * its progress, so an import a restart interrupted resumes where it stopped. Bad rows are reported by line and
 * skipped. What a row becomes is the feature's business: it hands in a {@link RowStore}.
 *
 * @param <M> the feature's mapping (which column holds what), kept as JSON with the zone local dates are read in
 */
public final class ImportJobs<M> {

    public static final int MAX_ROWS = 200_000;
    public static final int MAX_PROBLEMS_KEPT = 1000;
    static final int BATCH = 500;
    private static final int PREVIEW_SAMPLE = 20;
    private static final int PREVIEW_PROBLEMS = 100;
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final String table;
    private final Class<M> mappingType;
    private final JsonMapper json = JsonMapper.builder().build();

    /** {@code table} is the feature's own job table, named in code (never from input). */
    public ImportJobs(
            JdbcClient jdbc, Clock clock, TransactionTemplate transactions, String table, Class<M> mappingType) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
        this.table = table;
        this.mappingType = mappingType;
    }

    /** What one row became when stored: imported, already there, or rejected with the reason. */
    public sealed interface Stored {
        record Imported() implements Stored {}

        record Duplicate() implements Stored {}

        record Rejected(String problem) implements Stored {}
    }

    /** A job being run: what it is, its mapping, and the zone local dates in its file are read in. */
    public record Run<M>(ImportJob<M> job, M mapping, ZoneId zone) {}

    /** Stores one row; called inside the batch's transaction. */
    @FunctionalInterface
    public interface RowStore {
        Stored store(ImportRow row);
    }

    /** Reads the file (UTF-8 CSV, TSV or JSON Lines; {@code format} null detects it) and keeps it for the import. */
    public ImportJob<M> upload(String fileName, byte[] content, @Nullable ImportFormat format, String user) {
        if (content.length == 0) {
            throw InvalidInputException.of("file", "empty", "the file is empty");
        }
        String text = ImportFiles.decode(content);
        String name = fileName.isBlank() ? "upload" : clip(fileName.strip(), 255);
        ImportFormat chosen = format != null
                ? format
                : ImportFormat.detect(name, text.lines().findFirst().orElse(""));
        ImportFiles.Parsed parsed = ImportFiles.parse(text, chosen);
        if (parsed.rows().isEmpty()) {
            throw InvalidInputException.of("file", "empty", "the file has no rows to import");
        }
        if (parsed.rows().size() > MAX_ROWS) {
            throw InvalidInputException.of("file", "too_many", "a file may have at most " + MAX_ROWS + " rows");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into %s (id, file_name, format, content, columns, total_rows, status, created_by,
                                        created_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, 'UPLOADED', ?, ?)""".formatted(table))
                .params(
                        id,
                        name,
                        chosen.name(),
                        content,
                        json.writeValueAsString(parsed.columns()),
                        parsed.rows().size(),
                        user,
                        Timestamp.from(clock.instant()))
                .update();
        return get(id);
    }

    /** The first rows of the file as read, for choosing the mapping. */
    public List<ImportRow> head(UUID id, int rows) {
        List<ImportRow> all = rows(id);
        return all.subList(0, Math.min(rows, all.size()));
    }

    /**
     * What the import would store: every row through {@code map}, whose result has a problem or not
     * ({@code problem}); counts, the first good results and the first problems. Stores nothing.
     */
    public <S> ImportPreview<S> preview(UUID id, Function<ImportRow, S> map, Function<S, @Nullable String> problem) {
        ImportJob<M> job = get(id);
        int valid = 0;
        int rejected = 0;
        List<S> sample = new ArrayList<>();
        List<ImportJob.ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : rows(id)) {
            S mapped = map.apply(row);
            String wrong = problem.apply(mapped);
            if (wrong == null) {
                valid++;
                if (sample.size() < PREVIEW_SAMPLE) {
                    sample.add(mapped);
                }
            } else {
                rejected++;
                if (problems.size() < PREVIEW_PROBLEMS) {
                    problems.add(new ImportJob.ImportProblem(row.line(), wrong));
                }
            }
        }
        return new ImportPreview<>(job.totalRows(), valid, rejected, sample, problems);
    }

    /** Queues the import under this mapping (already validated by the feature); the background runner does the rest. */
    public ImportJob<M> queue(UUID id, M mapping, ZoneId zone) {
        ImportJob<M> job = get(id);
        ObjectNode stored = json.createObjectNode();
        stored.set("mapping", json.valueToTree(mapping));
        stored.put("zone", zone.getId());
        int queued = jdbc.sql("update " + table + " set status = 'QUEUED', mapping = cast(? as jsonb)"
                        + " where id = ? and status = 'UPLOADED'")
                .params(json.writeValueAsString(stored), id)
                .update();
        if (queued == 0) {
            throw new InvalidTransitionException(
                    job.status().name(), "QUEUED", "already_started", "This import has already been started.");
        }
        return get(id);
    }

    public ImportJob<M> get(UUID id) {
        return jdbc.sql("select * from " + table + " where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
    }

    public List<ImportJob<M>> recent(int limit) {
        return jdbc.sql("select * from " + table + " order by created_at desc limit ?")
                .param(Math.max(1, Math.min(limit, 100)))
                .query(this::map)
                .list();
    }

    /**
     * Runs the oldest queued import (or one whose runner stopped sending heartbeats) to its end, each row through the
     * store {@code stores} makes for the run; returns whether there was one. Safe to call from several instances.
     */
    public boolean runNext(Function<Run<M>, RowStore> stores) {
        Instant now = clock.instant();
        Optional<UUID> claimed = transactions.execute(status -> jdbc.sql("""
                        update %1$s set status = 'RUNNING', started_at = coalesce(started_at, ?), heartbeat_at = ?
                         where id = (select id from %1$s
                                      where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?)
                                      order by created_at limit 1 for update skip locked)
                        returning id""".formatted(table))
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(STALE)))
                .query(UUID.class)
                .optional());
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        UUID id = claimed.get();
        try {
            run(id, stores);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jdbc.sql("update " + table + " set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
                    .params(clip(String.valueOf(e.getMessage()), 1000), Timestamp.from(clock.instant()), id)
                    .update();
        }
        return true;
    }

    private void run(UUID id, Function<Run<M>, RowStore> stores) {
        ImportJob<M> job = get(id);
        JsonNode stored = jdbc.sql("select mapping::text from " + table + " where id = ?")
                .param(id)
                .query((rs, n) -> json.readTree(rs.getString(1)))
                .single();
        RowStore store = stores.apply(new Run<>(
                job,
                json.treeToValue(stored.get("mapping"), mappingType),
                ZoneId.of(stored.get("zone").asString())));
        List<ImportRow> rows = rows(id);
        for (int from = job.processedRows(); from < rows.size(); from += BATCH) {
            List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            transactions.executeWithoutResult(status -> storeBatch(id, batch, store));
        }
        jdbc.sql("update " + table + " set status = 'DONE', finished_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        log.info("Import {} ({}) done", id, job.fileName());
    }

    private void storeBatch(UUID id, List<ImportRow> batch, RowStore store) {
        int imported = 0;
        int duplicates = 0;
        List<ImportJob.ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : batch) {
            Stored result = row.unreadable() != null ? new Stored.Rejected(row.unreadable()) : store.store(row);
            if (result instanceof Stored.Rejected rejected) {
                problems.add(new ImportJob.ImportProblem(row.line(), rejected.problem()));
            } else if (result instanceof Stored.Duplicate) {
                duplicates++;
            } else {
                imported++;
            }
        }
        jdbc.sql("""
                        update %s
                           set processed_rows = processed_rows + ?, imported = imported + ?,
                               duplicates = duplicates + ?, rejected = rejected + ?, heartbeat_at = ?,
                               errors = case when jsonb_array_length(errors) >= ? then errors
                                             else errors || cast(? as jsonb) end
                         where id = ?""".formatted(table))
                .params(
                        batch.size(),
                        imported,
                        duplicates,
                        problems.size(),
                        Timestamp.from(clock.instant()),
                        MAX_PROBLEMS_KEPT,
                        json.writeValueAsString(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_KEPT))),
                        id)
                .update();
    }

    /** The kept file's rows, read again. */
    public List<ImportRow> rows(UUID id) {
        record Kept(byte[] content, ImportFormat format) {}
        Kept kept = jdbc.sql("select content, format from " + table + " where id = ?")
                .param(id)
                .query((rs, n) -> new Kept(rs.getBytes("content"), ImportFormat.valueOf(rs.getString("format"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
        return ImportFiles.parse(ImportFiles.decode(kept.content()), kept.format())
                .rows();
    }

    private ImportJob<M> map(ResultSet rs, int row) throws SQLException {
        String mapping = rs.getString("mapping");
        return new ImportJob<>(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")),
                json.readValue(rs.getString("columns"), new TypeReference<List<String>>() {}),
                rs.getInt("total_rows"),
                ImportJob.Status.valueOf(rs.getString("status")),
                mapping == null ? null : json.treeToValue(json.readTree(mapping).get("mapping"), mappingType),
                rs.getInt("processed_rows"),
                rs.getInt("imported"),
                rs.getInt("duplicates"),
                rs.getInt("rejected"),
                json.readValue(rs.getString("errors"), new TypeReference<List<ImportJob.ImportProblem>>() {}),
                rs.getString("failure"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String clip(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
