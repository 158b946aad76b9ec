package org.helpdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rows of an export and where the next page starts; {@code next} is null after the last page. */
record ExportPage(List<ExportRow> rows, @Nullable SearchCursor next) {

    ExportPage {
        rows = List.copyOf(rows);
    }
}
