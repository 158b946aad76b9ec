package org.helpdesk.feedback;

import java.util.List;

/**
 * What an import would do, without storing anything: how many rows are good and bad, the first good rows as they
 * would be stored, and the first problems by line.
 */
public record ImportPreview(
        int totalRows, int valid, int rejected, List<ImportedRow> sample, List<ImportJob.ImportProblem> problems) {

    public ImportPreview {
        sample = List.copyOf(sample);
        problems = List.copyOf(problems);
    }
}
