package org.helpdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports reviews and comments from files: upload (the file is read and kept), preview under a column mapping
 * (nothing stored), then the import itself in the background, in batches, each committed with its progress. Bad rows
 * are reported by line and skipped; a row imported before (same external id, or same content) is not stored again,
 * so importing a file twice, or resuming after a restart, stores nothing twice.
 */
@Service
public class FeedbackImports {

    public static final int MAX_ROWS = 200_000;
    public static final int MAX_PROBLEMS_KEPT = 1000;
    static final int BATCH = 500;
    private static final int PREVIEW_SAMPLE = 20;
    private static final int PREVIEW_PROBLEMS = 100;
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(FeedbackImports.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Feedback feedback;
    private final Catalog catalog;
    private final Customers customers;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    FeedbackImports(
            JdbcClient jdbc,
            Clock clock,
            Feedback feedback,
            Catalog catalog,
            Customers customers,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.feedback = feedback;
        this.catalog = catalog;
        this.customers = customers;
        this.transactions = transactions;
    }

    /** Reads the file (UTF-8 CSV, TSV or JSON Lines; {@code format} null detects it) and keeps it for the import. */
    public ImportJob upload(String fileName, byte[] content, @Nullable ImportFormat format, String user) {
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
                        insert into feedback_import (id, file_name, format, content, columns, total_rows, status,
                                                     created_by, created_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, 'UPLOADED', ?, ?)""")
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
        ImportFiles.Parsed parsed = parse(id);
        return parsed.rows().subList(0, Math.min(rows, parsed.rows().size()));
    }

    /** What the import would store under this mapping; stores nothing. */
    public ImportPreview preview(UUID id, ImportMapping mapping, ZoneId zone) {
        ImportJob job = get(id);
        mapping.validate(job.columns());
        ImportRowMapper mapper = mapper(mapping, zone);
        int valid = 0;
        List<ImportedRow> sample = new ArrayList<>();
        List<ImportJob.ImportProblem> problems = new ArrayList<>();
        int rejected = 0;
        for (ImportRow row : parse(id).rows()) {
            ImportedRow mapped = mapper.map(row);
            if (mapped.problem() == null) {
                valid++;
                if (sample.size() < PREVIEW_SAMPLE) {
                    sample.add(mapped);
                }
            } else {
                rejected++;
                if (problems.size() < PREVIEW_PROBLEMS) {
                    problems.add(new ImportJob.ImportProblem(mapped.line(), mapped.problem()));
                }
            }
        }
        return new ImportPreview(job.totalRows(), valid, rejected, sample, problems);
    }

    /** Queues the import under this mapping; the background runner does the rest. */
    public ImportJob start(UUID id, ImportMapping mapping, ZoneId zone) {
        ImportJob job = get(id);
        mapping.validate(job.columns());
        int queued = jdbc.sql("""
                        update feedback_import set status = 'QUEUED', mapping = cast(? as jsonb)
                         where id = ? and status = 'UPLOADED'""")
                .params(json.writeValueAsString(new StoredMapping(mapping, zone.getId())), id)
                .update();
        if (queued == 0) {
            throw new InvalidTransitionException(
                    job.status().name(), "QUEUED", "already_started", "This import has already been started.");
        }
        return get(id);
    }

    public ImportJob get(UUID id) {
        return jdbc.sql("select * from feedback_import where id = ?")
                .param(id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.sql("select * from feedback_import order by created_at desc limit ?")
                .param(Math.max(1, Math.min(limit, 100)))
                .query(this::map)
                .list();
    }

    /**
     * Runs the oldest queued import (or one whose runner stopped sending heartbeats) to its end; returns whether there
     * was one. Called by the background runner; safe to call from several instances.
     */
    public boolean runNext() {
        Instant now = clock.instant();
        Optional<UUID> claimed = transactions.execute(status -> jdbc.sql("""
                        update feedback_import set status = 'RUNNING', started_at = coalesce(started_at, ?),
                               heartbeat_at = ?
                         where id = (select id from feedback_import
                                      where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?)
                                      order by created_at limit 1 for update skip locked)
                        returning id""")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(STALE)))
                .query(UUID.class)
                .optional());
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        UUID id = claimed.get();
        try {
            run(id);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jdbc.sql("update feedback_import set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
                    .params(clip(String.valueOf(e.getMessage()), 1000), Timestamp.from(clock.instant()), id)
                    .update();
        }
        return true;
    }

    private void run(UUID id) {
        ImportJob job = get(id);
        StoredMapping stored = jdbc.sql("select mapping::text from feedback_import where id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString(1), StoredMapping.class))
                .single();
        ImportRowMapper mapper = mapper(stored.mapping(), ZoneId.of(stored.zone()));
        List<ImportRow> rows = parse(id).rows();
        for (int from = job.processedRows(); from < rows.size(); from += BATCH) {
            List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            transactions.executeWithoutResult(status -> storeBatch(id, batch, mapper));
        }
        jdbc.sql("update feedback_import set status = 'DONE', finished_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        log.info("Import {} ({}) done", id, job.fileName());
    }

    private void storeBatch(UUID id, List<ImportRow> batch, ImportRowMapper mapper) {
        int imported = 0;
        int duplicates = 0;
        List<ImportJob.ImportProblem> problems = new ArrayList<>();
        for (ImportRow row : batch) {
            ImportedRow mapped = mapper.map(row);
            if (mapped.draft() == null) {
                problems.add(new ImportJob.ImportProblem(mapped.line(), String.valueOf(mapped.problem())));
            } else if (feedback.storeImported(mapped.draft(), mapped.productLabel())) {
                imported++;
            } else {
                duplicates++;
            }
        }
        jdbc.sql("""
                        update feedback_import
                           set processed_rows = processed_rows + ?, imported = imported + ?,
                               duplicates = duplicates + ?, rejected = rejected + ?, heartbeat_at = ?,
                               errors = case when jsonb_array_length(errors) >= ? then errors
                                             else errors || cast(? as jsonb) end
                         where id = ?""")
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

    private ImportRowMapper mapper(ImportMapping mapping, ZoneId zone) {
        Map<String, UUID> products = catalog.all(Catalog.Kind.PRODUCT).stream()
                .collect(Collectors.toMap(CatalogEntry::name, CatalogEntry::id, (a, b) -> a));
        return new ImportRowMapper(
                mapping,
                zone,
                products,
                email -> customers.findByEmail(email).map(Customer::id).map(c -> c.value()));
    }

    private ImportFiles.Parsed parse(UUID id) {
        record Stored(byte[] content, ImportFormat format) {}
        Stored stored = jdbc.sql("select content, format from feedback_import where id = ?")
                .param(id)
                .query((rs, n) -> new Stored(rs.getBytes("content"), ImportFormat.valueOf(rs.getString("format"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("import", id.toString()));
        return ImportFiles.parse(ImportFiles.decode(stored.content()), stored.format());
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        String mapping = rs.getString("mapping");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")),
                json.readValue(rs.getString("columns"), new TypeReference<List<String>>() {}),
                rs.getInt("total_rows"),
                ImportJob.Status.valueOf(rs.getString("status")),
                mapping == null
                        ? null
                        : json.readValue(mapping, StoredMapping.class).mapping(),
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

    /** The mapping and the zone local dates in the file are read in, as kept with the job. */
    record StoredMapping(ImportMapping mapping, String zone) {}
}
