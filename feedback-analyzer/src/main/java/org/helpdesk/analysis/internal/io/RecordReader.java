package org.helpdesk.analysis.internal.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads records from TSV with a header row (RFC 4180 quoting: a quoted field may hold tabs, line
 * breaks and doubled quotes) or from JSON Lines (one object per line). A file is JSON Lines when its
 * name ends in .jsonl/.ndjson/.json or its first non-blank char is '{'.
 */
public final class RecordReader implements Closeable {

    private final BufferedReader reader;
    private final boolean jsonLines;
    private final List<String> header;
    private long line;
    private int malformed;

    private RecordReader(BufferedReader reader, boolean jsonLines, List<String> header) {
        this.reader = reader;
        this.jsonLines = jsonLines;
        this.header = header;
    }

    public static RecordReader open(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return open(reader, isJsonLines(file, reader));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    static RecordReader open(BufferedReader reader, boolean jsonLines) throws IOException {
        if (jsonLines) {
            return new RecordReader(reader, true, List.of());
        }
        RecordReader r = new RecordReader(reader, false, List.of());
        List<String> header = r.tsvRow();
        if (header == null) {
            return new RecordReader(reader, false, List.of());
        }
        if (!header.isEmpty() && header.get(0).startsWith("\ufeff")) {
            header.set(0, header.get(0).substring(1));
        }
        RecordReader result = new RecordReader(reader, false, List.copyOf(header));
        result.line = r.line;
        return result;
    }

    private static boolean isJsonLines(Path file, BufferedReader reader) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt")) {
            return false;
        }
        reader.mark(4096);
        int c;
        do {
            c = reader.read();
        } while (c == '\ufeff' || (c >= 0 && Character.isWhitespace(c)));
        reader.reset();
        return c == '{';
    }

    /** Column names of a TSV file; empty for JSON Lines (every record names its own fields). */
    public List<String> header() {
        return header;
    }

    /** Lines that could not be read as a record (bad JSON); they are skipped. */
    public int malformed() {
        return malformed;
    }

    /** The next record as field name → text value, or null at the end. */
    public @Nullable Map<String, String> next() throws IOException {
        return jsonLines ? nextJson() : nextTsv();
    }

    private @Nullable Map<String, String> nextTsv() throws IOException {
        while (true) {
            List<String> row = tsvRow();
            if (row == null) {
                return null;
            }
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // blank line
            }
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            return record;
        }
    }

    private @Nullable Map<String, String> nextJson() throws IOException {
        while (true) {
            String l = reader.readLine();
            line++;
            if (l == null) {
                return null;
            }
            String s = l.strip();
            if (s.startsWith("\ufeff")) {
                s = s.substring(1);
            }
            if (s.isEmpty()) {
                continue;
            }
            try {
                Map<String, String> record = new HashMap<>();
                for (Map.Entry<String, @Nullable Object> e : Json.parseObject(s).entrySet()) {
                    record.put(e.getKey(), text(e.getValue()));
                }
                return record;
            } catch (IllegalArgumentException e) {
                malformed++;
            }
        }
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return value instanceof String s ? s : Json.write(value);
    }

    /** One TSV row; a quoted field may continue over several physical lines. */
    private @Nullable List<String> tsvRow() throws IOException {
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atFieldStart = true;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            reader.reset();
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && atFieldStart) {
                quoted = true;
            } else if (ch == '\t') {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                c = reader.read();
                continue;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append(ch);
            }
            atFieldStart = false;
            c = reader.read();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** For tests: reads from any reader. */
    public static RecordReader of(Reader reader, boolean jsonLines) throws IOException {
        return open(new BufferedReader(reader), jsonLines);
    }
}
