package org.helpdesk.fileimport;

import java.util.List;

/**
 * What an import would do, without storing anything: how many rows are good and bad, the first good rows as they
 * would be stored ({@code S}, the importing feature's own), and the first problems by line.
 */
public record ImportPreview<S>(
        int totalRows, int valid, int rejected, List<S> sample, List<ImportJob.ImportProblem> problems) {

    public ImportPreview {
        sample = List.copyOf(sample);
        problems = List.copyOf(problems);
    }
}
