package org.helpdesk.feedback;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.customer.Customer;
import org.helpdesk.customer.Customers;
import org.helpdesk.fileimport.ImportFormat;
import org.helpdesk.fileimport.ImportJob;
import org.helpdesk.fileimport.ImportJobs;
import org.helpdesk.fileimport.ImportPreview;
import org.helpdesk.fileimport.ImportRow;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports reviews and comments from files: upload (the file is read and kept), preview under a column mapping
 * (nothing stored), then the import itself in the background, in batches, each committed with its progress (see
 * {@link ImportJobs}). Bad rows are reported by line and skipped; a row imported before (same external id, or same
 * content) is not stored again, so importing a file twice, or resuming after a restart, stores nothing twice.
 */
@Service
public class FeedbackImports {

    private final Feedback feedback;
    private final Catalog catalog;
    private final Customers customers;
    private final ImportJobs<ImportMapping> jobs;

    FeedbackImports(
            JdbcClient jdbc,
            Clock clock,
            Feedback feedback,
            Catalog catalog,
            Customers customers,
            TransactionTemplate transactions) {
        this.feedback = feedback;
        this.catalog = catalog;
        this.customers = customers;
        this.jobs = new ImportJobs<>(jdbc, clock, transactions, "feedback_import", ImportMapping.class);
    }

    /** Reads the file (UTF-8 CSV, TSV or JSON Lines; {@code format} null detects it) and keeps it for the import. */
    public ImportJob<ImportMapping> upload(
            String fileName, byte[] content, @Nullable ImportFormat format, String user) {
        return jobs.upload(fileName, content, format, user);
    }

    /** The first rows of the file as read, for choosing the mapping. */
    public List<ImportRow> head(UUID id, int rows) {
        return jobs.head(id, rows);
    }

    /** What the import would store under this mapping; stores nothing. */
    public ImportPreview<ImportedRow> preview(UUID id, ImportMapping mapping, ZoneId zone) {
        mapping.validate(jobs.get(id).columns());
        return jobs.preview(id, mapper(mapping, zone)::map, ImportedRow::problem);
    }

    /** Queues the import under this mapping; the background runner does the rest. */
    public ImportJob<ImportMapping> start(UUID id, ImportMapping mapping, ZoneId zone) {
        mapping.validate(jobs.get(id).columns());
        return jobs.queue(id, mapping, zone);
    }

    public ImportJob<ImportMapping> get(UUID id) {
        return jobs.get(id);
    }

    public List<ImportJob<ImportMapping>> recent(int limit) {
        return jobs.recent(limit);
    }

    /**
     * Runs the oldest queued import (or one whose runner stopped sending heartbeats) to its end; returns whether there
     * was one. Called by the background runner; safe to call from several instances.
     */
    public boolean runNext() {
        return jobs.runNext(run -> {
            ImportRowMapper mapper = mapper(run.mapping(), run.zone());
            return row -> {
                ImportedRow mapped = mapper.map(row);
                if (mapped.draft() == null) {
                    return new ImportJobs.Stored.Rejected(String.valueOf(mapped.problem()));
                }
                return feedback.storeImported(mapped.draft(), mapped.productLabel())
                        ? new ImportJobs.Stored.Imported()
                        : new ImportJobs.Stored.Duplicate();
            };
        });
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
}
