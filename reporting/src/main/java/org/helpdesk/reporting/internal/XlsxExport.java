package org.helpdesk.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX: one sheet per table, the report's heading above the first; numbers are stored as numbers. */
public final class XlsxExport {

    private XlsxExport() {}

    public static byte[] write(List<String> heading, List<ReportTables.Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Helpdesk", "1.0");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < tables.size(); i++) {
                ReportTables.Table table = tables.get(i);
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title(), i, names));
                int row = 0;
                if (i == 0) {
                    for (String line : heading) {
                        sheet.value(row++, 0, line);
                    }
                    row++;
                }
                sheet.value(row++, 0, table.title());
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.value(row, c, table.header().get(c));
                    sheet.style(row, c).bold().set();
                }
                row++;
                for (List<ReportTables.Cell> cells : table.rows()) {
                    for (int c = 0; c < cells.size(); c++) {
                        ReportTables.Cell cell = cells.get(c);
                        if (cell.number() != null) {
                            sheet.value(row, c, cell.number());
                        } else if (!cell.text().isEmpty()) {
                            sheet.value(row, c, cell.text());
                        }
                    }
                    row++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Sheet names: at most 31 characters, none of {@code []:*?/\}, unique. */
    static String sheetName(String title, int index, Set<String> taken) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        name = name.length() > 28 ? name.substring(0, 28) : name;
        if (name.isEmpty() || !taken.add(name.toLowerCase(java.util.Locale.ROOT))) {
            name = (name.length() > 25 ? name.substring(0, 25) : name) + " " + (index + 1);
            taken.add(name.toLowerCase(java.util.Locale.ROOT));
        }
        return name;
    }
}
