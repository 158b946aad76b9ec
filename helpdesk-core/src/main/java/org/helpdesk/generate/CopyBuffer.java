package org.helpdesk.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table in {@code COPY}'s text format, collected in memory and sent with {@link #flush}: a connection
 * carries one COPY at a time, so each table's rows of a chunk are sent one table after the other.
 */
final class CopyBuffer {

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private long rows;

    CopyBuffer(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String table() {
        return table;
    }

    /** Rows written so far, flushed or not. */
    long rows() {
        return rows;
    }

    /** One row; null is SQL null, an {@link Instant} is written in UTC, anything else as its string. */
    void row(@Nullable Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
    }

    private void append(@Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** Sends the collected rows and forgets them. */
    void flush(CopyManager copy) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        try {
            copy.copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
        text.setLength(0);
    }
}
