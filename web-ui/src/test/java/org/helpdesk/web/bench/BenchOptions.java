package org.helpdesk.web.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark's command line: {@code [--quick] [--tickets N] [--seed S] [--dataset PATH] [--agents N]
 * [--load-seconds S] [--think-ms MS] [--docs PATH] [--app key=value ...]}; {@code --app} sets an application
 * property of the app under test (e.g. to compare a setting). {@code --quick} is a small run
 * (20,000 tickets, 30 s of load, fewer repetitions) that finishes in minutes; explicit options override what it
 * sets.
 */
record BenchOptions(
        boolean quick,
        int tickets,
        long seed,
        @Nullable Path dataset,
        int agents,
        Duration load,
        Duration think,
        int searchRuns,
        int dashboardRuns,
        Duration analysis,
        Path docs,
        List<String> appProperties,
        String commandLine) {

    static BenchOptions parse(String... args) {
        boolean quick = false;
        for (String arg : args) {
            quick |= arg.equals("--quick");
        }
        int tickets = quick ? 20_000 : 1_000_000;
        long seed = 1;
        Path dataset = null;
        int agents = 50;
        Duration load = Duration.ofSeconds(quick ? 30 : 60);
        Duration think = Duration.ofMillis(1000);
        Path docs = Path.of("docs", "benchmarks.md");
        List<String> appProperties = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> {}
                case "--tickets" ->
                    tickets = Integer.parseInt(value(args, ++i, arg).replace("_", ""));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                case "--dataset" -> dataset = Path.of(value(args, ++i, arg));
                case "--agents" -> agents = Integer.parseInt(value(args, ++i, arg));
                case "--load-seconds" -> load = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
                case "--think-ms" -> think = Duration.ofMillis(Long.parseLong(value(args, ++i, arg)));
                case "--docs" -> docs = Path.of(value(args, ++i, arg));
                case "--app" -> appProperties.add(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg + "; see bench/run --help");
            }
        }
        return new BenchOptions(
                quick,
                tickets,
                seed,
                dataset,
                agents,
                load,
                think,
                quick ? 10 : 100,
                quick ? 5 : 20,
                Duration.ofSeconds(quick ? 3 : 15),
                docs,
                List.copyOf(appProperties),
                "bench/run " + String.join(" ", args));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
