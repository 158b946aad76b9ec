package org.helpdesk.search;

import org.jspecify.annotations.Nullable;

/** Where an export reads its rows from, a page at a time: the index, or a fixture in tests. */
@FunctionalInterface
interface ExportSource {

    ExportPage page(@Nullable SearchCursor after);
}
