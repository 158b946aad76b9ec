package org.helpdesk.web.fileimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.helpdesk.fileimport.ImportFormat;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded import file as the import features take it: its bytes and the format asked for, if any. */
public final class Uploads {

    /** How many rows of a file are shown for choosing the mapping. */
    public static final int HEAD_ROWS = 5;

    private Uploads() {}

    /** The file's bytes; a missing or empty part is a 400 with {@code message}. */
    public static byte[] bytes(@Nullable MultipartFile file, String message) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "required", message);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(MultipartFile file) {
        return String.valueOf(file.getOriginalFilename());
    }

    /** The format asked for; blank means "detect it". */
    public static @Nullable ImportFormat format(@Nullable String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return ImportFormat.parse(format)
                .orElseThrow(
                        () -> InvalidInputException.of("format", "unknown_value", "the format is CSV, TSV or JSONL"));
    }

    /** The first of {@code names} that is a column of the file (case-insensitive), for guessing a mapping. */
    public static @Nullable String column(List<String> columns, String... names) {
        for (String name : names) {
            for (String column : columns) {
                if (column.equalsIgnoreCase(name)) {
                    return column;
                }
            }
        }
        return null;
    }
}
