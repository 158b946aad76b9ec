package org.helpdesk.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * XLSX written with fastexcel, flushed to the stream every {@value #FLUSH_EVERY} rows so a large export never sits
 * in memory. Times are real date cells (UTC), flags real booleans. Text is stored as text, which a spreadsheet
 * never evaluates, so it needs no formula guard.
 */
final class XlsxSheet implements ExportSheet {

    static final int FLUSH_EVERY = 1000;
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm:ss";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxSheet(OutputStream out) {
        this.workbook = new Workbook(out, "Helpdesk", "1.0");
        this.sheet = workbook.newWorksheet("Tickets");
    }

    @Override
    public void header(List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, columns.get(c));
            sheet.style(row, c).bold().set();
        }
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(ExportRow exportRow) {
        List<@Nullable Object> cells = exportRow.cells();
        for (int c = 0; c < cells.size(); c++) {
            cell(c, cells.get(c));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void note(String text) {
        sheet.value(row, 0, text);
        sheet.style(row, 0).italic().set();
        row++;
    }

    @Override
    public void finish() {
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(int column, @Nullable Object value) {
        if (value instanceof Instant instant) {
            sheet.value(row, column, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            sheet.style(row, column).format(DATE_TIME).set();
        } else if (value instanceof Boolean flag) {
            sheet.value(row, column, flag);
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }
}
