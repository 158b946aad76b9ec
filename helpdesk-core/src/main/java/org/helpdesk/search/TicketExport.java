package org.helpdesk.search;

import java.io.OutputStream;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Exports every ticket a search matches to CSV or XLSX, streamed: the hits are walked with {@code search_after}
 * in pages ({@code helpdesk.search.export.page-size}), never with {@code from}/{@code size}, so an export is
 * not bound by the 10,000-hit window, and each page is written before the next is fetched. At most
 * {@code helpdesk.search.export.max-rows} rows are written; a file cut short ends with a note saying so.
 */
@Service
public class TicketExport {

    private final TicketSearch search;
    private final SearchProperties.Export settings;

    TicketExport(TicketSearch search, SearchProperties properties) {
        this.search = search;
        this.settings = properties.export();
    }

    /**
     * Counts the matches and decides how many rows the export holds. {@code limit} lowers the configured cap for
     * this export (0 or less: the configured cap).
     */
    public ExportPlan plan(TicketSearchRequest request, int limit) {
        int cap = limit > 0 ? Math.min(limit, settings.maxRows()) : settings.maxRows();
        return ExportPlan.of(request, search.count(request), cap);
    }

    /** The configured cap, {@code helpdesk.search.export.max-rows}. */
    public int maxRows() {
        return settings.maxRows();
    }

    /**
     * Writes the plan's rows to {@code out} (left open) and returns how many were written; {@code progress} hears
     * the rows written so far after every page.
     */
    public long write(ExportPlan plan, ExportFormat format, OutputStream out, LongConsumer progress) {
        int pageSize = settings.pageSize();
        return write(after -> search.exportPage(plan.request(), after, pageSize), plan, format.open(out), progress);
    }

    static long write(ExportSource source, ExportPlan plan, ExportSheet sheet, LongConsumer progress) {
        sheet.header(ExportRow.COLUMNS);
        long written = 0;
        boolean beyondCap = false;
        @Nullable SearchCursor after = null;
        do {
            ExportPage page = source.page(after);
            for (ExportRow row : page.rows()) {
                if (written == plan.cap()) {
                    beyondCap = true;
                    break;
                }
                sheet.row(row.withCustomerEmail(plan.contacts().email(row.customerEmail())));
                written++;
            }
            progress.accept(written);
            after = page.next();
        } while (after != null && !beyondCap);
        if (plan.truncated() || beyondCap) {
            sheet.note(truncationNote(written, Math.max(plan.total(), written + 1)));
        }
        sheet.finish();
        return written;
    }

    static String truncationNote(long written, long total) {
        return "Export truncated: " + written + " of " + total
                + " matching tickets (the limit is helpdesk.search.export.max-rows or the request's limit).";
    }
}
