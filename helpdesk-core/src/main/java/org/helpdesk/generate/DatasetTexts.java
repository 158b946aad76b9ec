package org.helpdesk.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Texts of a TSV file with a header line, to be replicated into generated tickets: the column named {@code text},
 * {@code narrative}, {@code body}, {@code description} or {@code complaint} (the first present, else the last
 * column), and its language from a {@code lang} or {@code language} column, else from the folder's name when it
 * starts with a language code and a dash (as in {@code ../shared/datasets/sentiment/ru-sentirueval2016}).
 */
record DatasetTexts(List<Row> rows) {

    private static final List<String> TEXT_COLUMNS = List.of("text", "narrative", "body", "description", "complaint");
    private static final List<String> LANGUAGE_COLUMNS = List.of("lang", "language");
    private static final int MAX_LENGTH = 4000;
    private static final int MAX_ROWS = 200_000;

    record Row(String text, @Nullable String language) {}

    static DatasetTexts read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            List<String> columns = Arrays.stream(header.split("\t", -1))
                    .map(c -> c.trim().toLowerCase(Locale.ROOT))
                    .toList();
            int text = TEXT_COLUMNS.stream()
                    .filter(columns::contains)
                    .map(columns::indexOf)
                    .findFirst()
                    .orElse(columns.size() - 1);
            int language = LANGUAGE_COLUMNS.stream()
                    .filter(columns::contains)
                    .map(columns::indexOf)
                    .findFirst()
                    .orElse(-1);
            String folderLanguage = folderLanguage(file);
            List<Row> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null && rows.size() < MAX_ROWS; line = in.readLine()) {
                String[] cells = line.split("\t", -1);
                if (cells.length <= text || cells[text].isBlank()) {
                    continue;
                }
                String body = cells[text].strip();
                String lang = language >= 0 && cells.length > language ? cells[language].strip() : folderLanguage;
                rows.add(new Row(
                        body.length() > MAX_LENGTH ? body.substring(0, MAX_LENGTH) : body,
                        lang == null || lang.isEmpty() || lang.length() > 8 ? null : lang));
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException(file + " has no texts in column " + columns.get(text));
            }
            return new DatasetTexts(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static @Nullable String folderLanguage(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        String name = folder == null || folder.getFileName() == null
                ? ""
                : folder.getFileName().toString();
        return name.matches("[a-z]{2}-.+") ? name.substring(0, 2) : null;
    }

    Row get(long index) {
        return rows.get((int) (index % rows.size()));
    }
}
