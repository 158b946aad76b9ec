package org.helpdesk.ticketimport;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.customer.Customers;
import org.helpdesk.fileimport.ImportFormat;
import org.helpdesk.fileimport.ImportJob;
import org.helpdesk.fileimport.ImportJobs;
import org.helpdesk.fileimport.ImportPreview;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.ticket.HistoricTicket;
import org.helpdesk.ticket.HistoricTickets;
import org.helpdesk.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports tickets from another helpdesk: upload, preview under a column mapping (nothing stored), then the import in
 * the background (see {@link ImportJobs}). Each row becomes a ticket recorded as it was ({@link HistoricTickets}: no
 * mails, no SLA clock), its customer, product and category found by name or created; the row itself is kept. A row
 * imported before (same external id, else the same values) is not stored again, so importing a file twice, or
 * resuming after a restart, stores nothing twice.
 */
@Service
public class TicketImports {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HistoricTickets historic;
    private final Catalog catalog;
    private final Customers customers;
    private final AuditTrail audit;
    private final ImportJobs<TicketImportMapping> jobs;
    private final JsonMapper json = JsonMapper.builder().build();

    TicketImports(
            JdbcClient jdbc,
            Clock clock,
            TransactionTemplate transactions,
            HistoricTickets historic,
            Catalog catalog,
            Customers customers,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.historic = historic;
        this.catalog = catalog;
        this.customers = customers;
        this.audit = audit;
        this.jobs = new ImportJobs<>(jdbc, clock, transactions, "ticket_import", TicketImportMapping.class);
    }

    /** Reads the file (UTF-8 CSV, TSV or JSON Lines; {@code format} null detects it) and keeps it for the import. */
    public ImportJob<TicketImportMapping> upload(
            String fileName, byte[] content, @Nullable ImportFormat format, String user) {
        return jobs.upload(fileName, content, format, user);
    }

    /** The first rows of the file as read, for choosing the mapping. */
    public List<ImportRow> head(UUID id, int rows) {
        return jobs.head(id, rows);
    }

    /** What the import would store under this mapping; stores nothing. */
    public ImportPreview<TicketImportRow> preview(UUID id, TicketImportMapping mapping, ZoneId zone) {
        mapping.validate(jobs.get(id).columns());
        TicketRowReader reader = new TicketRowReader(mapping, zone, clock.instant());
        return jobs.preview(id, reader::read, TicketImportRow::problem);
    }

    /** Queues the import under this mapping; the background runner does the rest. Audited. */
    @Transactional
    public ImportJob<TicketImportMapping> start(UUID id, TicketImportMapping mapping, ZoneId zone, String user) {
        mapping.validate(jobs.get(id).columns());
        ImportJob<TicketImportMapping> job = jobs.queue(id, mapping, zone);
        audit.record(AuditEntry.of(
                user,
                AuditActions.TICKET_IMPORT_STARTED,
                "ticket_import",
                id.toString(),
                Map.of("file", job.fileName(), "rows", job.totalRows())));
        return job;
    }

    public ImportJob<TicketImportMapping> get(UUID id) {
        return jobs.get(id);
    }

    public List<ImportJob<TicketImportMapping>> recent(int limit) {
        return jobs.recent(limit);
    }

    /**
     * Runs the oldest queued import (or one whose runner stopped sending heartbeats) to its end; returns whether there
     * was one. Called by the background runner; safe to call from several instances.
     */
    public boolean runNext() {
        return jobs.runNext(
                run -> new Storing(run.job(), new TicketRowReader(run.mapping(), run.zone(), clock.instant()))::store);
    }

    /** One run's storing: customers, products and categories it has already found are remembered. */
    private final class Storing {

        private final TicketRowReader reader;
        private final Map<String, UUID> products = new HashMap<>();
        private final Map<String, UUID> categories = new HashMap<>();
        private final Map<String, CustomerId> customersByEmail = new HashMap<>();
        private final ImportJob<TicketImportMapping> job;

        Storing(ImportJob<TicketImportMapping> job, TicketRowReader reader) {
            this.job = job;
            this.reader = reader;
        }

        ImportJobs.Stored store(ImportRow row) {
            TicketImportRow read = reader.read(row);
            if (read.problem() != null) {
                return new ImportJobs.Stored.Rejected(read.problem());
            }
            Boolean known = jdbc.sql("select exists (select 1 from imported_ticket where import_key = ?)")
                    .param(read.key())
                    .query(Boolean.class)
                    .single();
            if (known) {
                return new ImportJobs.Stored.Duplicate();
            }
            UUID importId = job.id();
            TicketId ticket = historic.record(
                    new HistoricTicket(
                            read.subject(),
                            read.description(),
                            customer(read),
                            read.type(),
                            read.channel(),
                            read.status(),
                            entry(categories, Catalog.Kind.CATEGORY, read.category()),
                            entry(products, Catalog.Kind.PRODUCT, read.product()),
                            read.createdAt(),
                            read.resolvedAt(),
                            read.respondedOnTime(),
                            origin(importId, read)),
                    job.createdBy());
            jdbc.sql("""
                            insert into imported_ticket (ticket_id, import_id, line, import_key, original, imported_at)
                            values (?, ?, ?, ?, cast(? as jsonb), ?)""")
                    .params(
                            ticket.value(),
                            importId,
                            read.line(),
                            read.key(),
                            json.writeValueAsString(read.original()),
                            Timestamp.from(clock.instant()))
                    .update();
            return new ImportJobs.Stored.Imported();
        }

        private Map<String, Object> origin(UUID importId, TicketImportRow read) {
            Map<String, Object> origin = new LinkedHashMap<>();
            origin.put("import", importId.toString());
            origin.put("line", read.line());
            if (read.externalId() != null) {
                origin.put("externalId", read.externalId());
            }
            return origin;
        }

        private @Nullable UUID entry(Map<String, UUID> known, Catalog.Kind kind, @Nullable String name) {
            if (name == null) {
                return null;
            }
            return known.computeIfAbsent(
                    name.toLowerCase(Locale.ROOT),
                    key -> catalog.findByName(kind, name)
                            .or(() -> {
                                catalog.add(kind, name);
                                return catalog.findByName(kind, name);
                            })
                            .map(CatalogEntry::id)
                            .orElseThrow());
        }

        private CustomerId customer(TicketImportRow read) {
            String email = read.customerEmail() != null
                    ? read.customerEmail()
                    : ImportedCustomers.placeholderEmail(read.customerExternalId());
            String name = read.customerName() != null ? read.customerName() : read.customerExternalId();
            return customersByEmail.computeIfAbsent(
                    email.toLowerCase(Locale.ROOT),
                    key -> customers.findOrCreate(email, name).id());
        }
    }
}
