package org.helpdesk.fileimport;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of an import file: the line it starts on and its values by column, or why it could not be read
 * ({@code unreadable}, e.g. a JSON line that is not an object).
 */
public record ImportRow(
        int line, Map<String, String> values, @Nullable String unreadable) {

    public ImportRow {
        values = Map.copyOf(values);
    }
}
