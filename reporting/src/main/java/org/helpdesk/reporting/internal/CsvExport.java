package org.helpdesk.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Cyrillic right): the heading, then each
 * table as a title line, a header line and its rows, separated by blank lines.
 */
public final class CsvExport {

    private CsvExport() {}

    public static byte[] write(List<String> heading, List<ReportTables.Table> tables) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        heading.forEach(line -> csv.append(field(line)).append("\r\n"));
        for (ReportTables.Table table : tables) {
            csv.append("\r\n").append(field(table.title())).append("\r\n");
            csv.append(String.join(
                            ",", table.header().stream().map(CsvExport::field).toList()))
                    .append("\r\n");
            for (List<ReportTables.Cell> row : table.rows()) {
                csv.append(String.join(
                                ",",
                                row.stream()
                                        .map(c -> c.number() != null || c.text().isEmpty() ? c.text() : field(c.text()))
                                        .toList()))
                        .append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A quoted text field. Text that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading
     * apostrophe: names come from users, and a CSV must not run their formulas.
     */
    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
