package org.helpdesk.fileimport;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads: RFC 4180 CSV, the same with tabs, and JSON Lines (one object per line). */
public enum ImportFormat {
    CSV,
    TSV,
    JSONL;

    /** From the file name's extension, else from the first line's look. */
    public static ImportFormat detect(String fileName, String firstLine) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return TSV;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        String line = firstLine.strip();
        if (line.startsWith("{")) {
            return JSONL;
        }
        return line.indexOf('\t') >= 0 ? TSV : CSV;
    }

    public static Optional<ImportFormat> parse(String value) {
        for (ImportFormat format : values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
