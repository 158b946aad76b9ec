package org.helpdesk.search;

import java.util.List;

/** A file being written row by row; nothing is held in memory beyond the current row (or XLSX's flush window). */
interface ExportSheet {

    void header(List<String> columns);

    void row(ExportRow row);

    /** A line after the rows telling the reader something about them, e.g. that the export was cut short. */
    void note(String text);

    /** Writes what is left and flushes; the stream stays open (it belongs to the caller). */
    void finish();
}
