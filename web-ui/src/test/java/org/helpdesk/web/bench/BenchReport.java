package org.helpdesk.web.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The results as markdown: written to {@code target/bench/results.md} and put into the generated section of
 * docs/benchmarks.md, between {@value #BEGIN} and {@value #END}.
 */
final class BenchReport {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private BenchReport() {}

    static String markdown(BenchOptions options, List<Result> results, Duration took, double loadBefore) {
        StringBuilder md = new StringBuilder();
        md.append("### Latest run: %s, %,d tickets%n%n"
                .formatted(options.quick() ? "quick mode (`--quick`)" : "full", options.tickets()));
        md.append(("Measured %s UTC on %s; the whole run took %d min %d s after the build. Load average (1 min) at"
                        + " the start and the end: %.1f and %.1f. The app, the load driver, PostgreSQL and"
                        + " Elasticsearch share the machine.%n%n")
                .formatted(
                        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        Machine.describe(),
                        took.toMinutes(),
                        took.toSecondsPart(),
                        loadBefore,
                        Machine.loadAverage()));
        md.append("```sh\n").append(options.commandLine()).append("\n```\n\n");
        md.append("| phase | what | measured (product) | raw engine / reference | ratio | target |\n");
        md.append("|---|---|---|---|---|---|\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        return md.toString();
    }

    /** Writes the results file and replaces the generated section of the docs; returns the results file. */
    static Path write(String markdown, Path docs) throws IOException {
        Path out = Path.of("target", "bench", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(docs + " has no section between " + BEGIN + " and " + END);
        }
        Files.writeString(
                docs,
                text.substring(0, begin + BEGIN.length()) + "\n" + markdown + text.substring(end),
                StandardCharsets.UTF_8);
        return out;
    }
}
