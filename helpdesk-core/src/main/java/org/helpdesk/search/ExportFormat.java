package org.helpdesk.search;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The file types a search result can be exported to. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", CsvSheet::new),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XlsxSheet::new);

    private final String mediaType;
    private final Function<OutputStream, ExportSheet> opener;

    ExportFormat(String mediaType, Function<OutputStream, ExportSheet> opener) {
        this.mediaType = mediaType;
        this.opener = opener;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, also the value of the {@code format} parameter. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv} or {@code xlsx} (any case); anything else is invalid input naming {@code format}. */
    public static ExportFormat parse(@Nullable String value) {
        return Arrays.stream(values())
                .filter(f -> value != null && f.extension().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("format", "invalid_value", "must be csv or xlsx"));
    }

    ExportSheet open(OutputStream out) {
        return opener.apply(out);
    }
}
