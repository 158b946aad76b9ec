package org.helpdesk.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Excel and RFC 4180 expect it: UTF-8 with a byte order mark (without it Excel reads Cyrillic as
 * mojibake), comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * Text starting with {@code = + - @}, tab or carriage return is prefixed with an apostrophe, so a subject a
 * customer typed can never run as a formula in a spreadsheet (CSV injection).
 */
final class CsvSheet implements ExportSheet {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    CsvSheet(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
    }

    @Override
    public void header(List<String> columns) {
        line(List.copyOf(columns));
    }

    @Override
    public void row(ExportRow row) {
        line(row.cells());
    }

    @Override
    public void note(String text) {
        line(List.of(text));
    }

    @Override
    public void finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(List<@Nullable Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    static String field(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant || value instanceof Boolean) {
            return value.toString();
        }
        String text = guarded(value.toString());
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** The text, with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
