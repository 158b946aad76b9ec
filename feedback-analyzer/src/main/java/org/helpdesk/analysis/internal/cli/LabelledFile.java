package org.helpdesk.analysis.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.SurveyScale;
import org.helpdesk.analysis.TrainingExample;
import org.helpdesk.analysis.internal.io.RecordReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads labelled examples from a TSV or JSONL file. Rows with an empty text, and rows whose label is
 * empty or unknown (e.g. "mixed"), are counted and skipped, never fatal.
 */
final class LabelledFile {

    /** What to read: which columns hold the text and the labels. */
    record Columns(
            String text,
            @Nullable String sentiment,
            @Nullable String theme,
            @Nullable SurveyScale scale) {}

    /** The examples and what was skipped. */
    record Result(List<TrainingExample> examples, int rows, int emptyText, int unknownLabel, int malformed) {

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "rows %d, used %d, skipped: empty text %d, empty or unknown label %d, unreadable lines %d",
                    rows,
                    examples.size(),
                    emptyText,
                    unknownLabel,
                    malformed);
        }
    }

    private LabelledFile() {}

    static Result read(Path file, Columns columns) throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        int rows = 0;
        int emptyText = 0;
        int unknownLabel = 0;
        try (RecordReader reader = RecordReader.open(file)) {
            checkColumns(reader, columns);
            for (Map<String, String> r = reader.next(); r != null; r = reader.next()) {
                rows++;
                String text = r.getOrDefault(columns.text(), "");
                if (text.isBlank()) {
                    emptyText++;
                    continue;
                }
                SentimentLabel sentiment = columns.sentiment() == null
                        ? null
                        : sentiment(r.getOrDefault(columns.sentiment(), ""), columns.scale());
                String theme = columns.theme() == null ? null : blankToNull(r.getOrDefault(columns.theme(), ""));
                boolean wanted = (columns.sentiment() != null && sentiment != null)
                        || (columns.theme() != null && theme != null);
                if (!wanted) {
                    unknownLabel++;
                    continue;
                }
                examples.add(new TrainingExample(text, sentiment, theme));
            }
            return new Result(examples, rows, emptyText, unknownLabel, reader.malformed());
        }
    }

    private static void checkColumns(RecordReader reader, Columns columns) {
        List<String> header = reader.header();
        if (header.isEmpty()) {
            return; // JSON Lines: fields are per record
        }
        for (String c : new String[] {columns.text(), columns.sentiment(), columns.theme()}) {
            if (c != null && !header.contains(c)) {
                throw new Options.UsageException("No column \"" + c + "\" in the file; columns: " + header);
            }
        }
    }

    private static @Nullable SentimentLabel sentiment(String value, @Nullable SurveyScale scale) {
        if (scale == null) {
            return SentimentLabel.parse(value).orElse(null);
        }
        try {
            return scale.weakLabel(Double.parseDouble(value.strip().replace(',', '.')))
                    .orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
