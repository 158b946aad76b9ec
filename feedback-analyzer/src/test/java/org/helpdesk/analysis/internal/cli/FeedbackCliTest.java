package org.helpdesk.analysis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.internal.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FeedbackCli cli = new FeedbackCli(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Rows like the shared data sets: an id column, extra columns, quoted text, a "mixed" label, an empty text. */
    private static Path labelledTsv(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("tweet_id\tairline\tlabel\ttext");
        String[][] rows = {
            {"positive", "great crew, thank you"}, {"positive", "lovely flight and friendly staff"},
            {"positive", "fast refund, very happy"}, {"negative", "lost my bag again"},
            {"negative", "three hours on hold, worst service"}, {"negative", "\"rude agent, \"\"no\"\" refund\""},
            {"neutral", "what time is boarding"}, {"neutral", "i need to change my seat"},
            {"neutral", "flying to boston tomorrow"}
        };
        int id = 1000;
        for (int round = 0; round < 4; round++) {
            for (String[] r : rows) {
                lines.add((id++) + "\tSkyAir\t" + r[0] + "\t" + r[1]);
            }
        }
        lines.add((id++) + "\tSkyAir\tmixed\tgood and bad");
        lines.add(id + "\tSkyAir\tneutral\t");
        Path file = dir.resolve("tweets.tsv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void analyzeWritesOneJsonObjectPerRecordWithTheFileIds(@TempDir Path dir) throws IOException {
        Path in = labelledTsv(dir);
        Path result = dir.resolve("out.jsonl");
        assertThat(cli.run("analyze", "--in", in.toString(), "--out", result.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(result, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(38);
        Map<String, Object> first = Json.parseObject(lines.get(0));
        assertThat(first).containsKeys("id", "language", "sentiment", "keywords", "themes");
        assertThat(first.get("id")).isEqualTo("1000");
        @SuppressWarnings("unchecked")
        Map<String, Object> sentiment = (Map<String, Object>) first.get("sentiment");
        assertThat(sentiment).containsKeys("label", "score", "confidence", "explanation");
    }

    @Test
    void analyzeReadsJsonLines(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(
                in,
                "{\"id\": 1, \"body\": \"Доставка опять опоздала, это уже слишком\"}\n{\"id\": 2, \"body\": \"<b>Super</b>\"}\n");
        Path result = dir.resolve("out.jsonl");
        assertThat(cli.run("analyze", "--in", in.toString(), "--out", result.toString(), "--text-column", "body"))
                .isZero();
        assertThat(Files.readAllLines(result)).hasSize(2).first().asString().contains("\"language\":\"ru\"");
    }

    @Test
    void trainAndEvaluateReportSkippedRowsAndTheFigures(@TempDir Path dir) throws IOException {
        Path in = labelledTsv(dir);
        Path model = dir.resolve("model");
        assertThat(cli.run(
                        "train",
                        "--in",
                        in.toString(),
                        "--text-column",
                        "text",
                        "--label-column",
                        "label",
                        "--lang",
                        "en",
                        "--out",
                        model.toString()))
                .isZero();
        assertThat(model.resolve("manifest.json")).exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("empty text 1", "unknown label 1");

        assertThat(cli.run(
                        "evaluate",
                        "--in",
                        in.toString(),
                        "--text-column",
                        "text",
                        "--label-column",
                        "label",
                        "--model",
                        model.toString()))
                .isZero();
        assertThat(out()).contains("accuracy", "macro-F1", "docs/s", "precision", "confusion");

        assertThat(cli.run(
                        "evaluate",
                        "--in",
                        in.toString(),
                        "--text-column",
                        "text",
                        "--label-column",
                        "label",
                        "--cv",
                        "3",
                        "--lang",
                        "en"))
                .isZero();
        assertThat(out()).contains("3-fold cross-validation", "per fold");
    }

    @Test
    void wrongUsageExitsWithTwoAndExplains(@TempDir Path dir) throws IOException {
        assertThat(cli.run("evaluate", "--in", labelledTsv(dir).toString(), "--label-column", "nope"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No column \"nope\"", "usage:");
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.run("analyze", "--in")).isEqualTo(2);
    }

    @Test
    void missingInputFileFailsWithOne(@TempDir Path dir) {
        assertThat(cli.run(
                        "analyze",
                        "--in",
                        dir.resolve("none.tsv").toString(),
                        "--out",
                        dir.resolve("o").toString()))
                .isEqualTo(1);
    }
}
