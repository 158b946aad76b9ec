package org.helpdesk.feedback;

import org.jspecify.annotations.Nullable;

/** A row turned into feedback, or the reason it cannot be ({@code problem}), by its line in the file. */
public record ImportedRow(
        int line,
        @Nullable FeedbackDraft draft,
        @Nullable String productLabel,
        @Nullable String problem) {

    static ImportedRow rejected(int line, String problem) {
        return new ImportedRow(line, null, null, problem);
    }
}
