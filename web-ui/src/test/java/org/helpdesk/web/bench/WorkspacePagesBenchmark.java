package org.helpdesk.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.helpdesk.web.it.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The agent workspace's pages over {@code -Dbenchmark.tickets} (default 100,000) tickets: each page is requested by a
 * signed-in agent over loopback, after a warm-up, and the latency percentiles are written to
 * {@code web-ui/target/benchmarks/workspace-pages.md}. Not part of the build (the name matches no test pattern); run
 * it with {@code ./mvnw -pl web-ui -am test -Dtest=WorkspacePagesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Results and the machine they were measured on are in docs/benchmarks.md.
 */
@HelpdeskIntegrationTest
// The one-off backfill of report durations for 100,000 new tickets would compete for the two cores; in steady
// state it only handles changed tickets.
@TestPropertySource(properties = "helpdesk.reporting.refresh-enabled=false")
class WorkspacePagesBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = Integer.getInteger("benchmark.requests", 200);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void workspacePagesAtOneHundredThousandTickets() throws Exception {
        int tickets = Integer.getInteger("benchmark.tickets", 100_000);
        long loading = System.nanoTime();
        new WorkspaceData(jdbc).fill(tickets, Personas.ANNA_AGENT);
        long total = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        System.out.printf(
                "%,d tickets in the database (filled in %.1f s)%n", total, (System.nanoTime() - loading) / 1e9);

        Agent anna = new Agent(port);
        anna.signIn(Personas.ANNA_AGENT, Personas.PASSWORD);
        String busy = jdbc.sql("""
                        select 'HD-' || t.number from ticket t
                          join ticket_message m on m.ticket_id = t.id
                         group by t.number, t.customer_id order by count(*) desc, t.number limit 1""").query(String.class).single();
        String customer = jdbc.sql(
                        "select customer_id::text from ticket group by customer_id order by count(*) desc limit 1")
                .query(String.class)
                .single();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("My open tickets", "/tickets?view=MINE");
        pages.put("Unassigned in my teams", "/tickets?view=UNASSIGNED");
        pages.put("About to breach / breached", "/tickets?view=BREACHING");
        pages.put("All open, by priority", "/tickets?view=OPEN&sort=PRIORITY&order=desc");
        pages.put("All tickets, page 200", "/tickets?view=ALL&page=200");
        pages.put(
                "All tickets, filtered (urgent complaints by phone)",
                "/tickets?view=ALL&priority=URGENT&type=COMPLAINT&channel=PHONE");
        pages.put(
                "All tickets, filtered, nothing matches",
                "/tickets?view=ALL&priority=URGENT&type=COMPLAINT&channel=EMAIL");
        pages.put("One customer's tickets", "/tickets?view=ALL&customer=" + customer);
        pages.put("Ticket page (longest conversation)", "/tickets/" + busy);
        pages.put("New ticket form", "/tickets/new");

        StringBuilder table = new StringBuilder(
                "| Page | URL | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            long[] micros = anna.measure(page.getValue());
            table.append("| %s | `%s` | %.1f | %.1f | %.1f | %.1f |%n"
                    .formatted(
                            page.getKey(),
                            page.getValue().replace(customer, "{customer}").replace(busy, "{ticket}"),
                            percentile(micros, 50),
                            percentile(micros, 95),
                            percentile(micros, 99),
                            micros[micros.length - 1] / 1000.0));
        }
        // Where the time of the slowest kind of view goes: its count and its page, as PostgreSQL runs them.
        for (String sql : new String[] {
            "select count(*) from ticket t where t.priority = 'URGENT' and t.type = 'COMPLAINT' and t.channel = 'EMAIL'",
            "select t.* from ticket t where t.priority = 'URGENT' and t.type = 'COMPLAINT' and t.channel = 'EMAIL'"
                    + " order by t.created_at desc, t.number desc limit 50 offset 0"
        }) {
            System.out.println(String.join(
                    "\n",
                    jdbc.sql("explain (analyze, buffers) " + sql)
                            .query(String.class)
                            .list()));
        }
        String report = "%,d tickets, %d requests per page after %d warm-up requests, one agent, sequential.%n%n%s"
                .formatted(total, MEASURED, WARM_UP, table);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "workspace-pages.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static double percentile(long[] sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }

    /** A signed-in browser session without a browser: cookies, the CSRF token of the last form, no redirects. */
    private static final class Agent {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final String base;
        private String csrf = "";

        Agent(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            get("/login");
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        long[] measure(String path) throws IOException, InterruptedException {
            for (int i = 0; i < WARM_UP; i++) {
                HttpResponse<String> response = get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = get(path);
                micros.add((System.nanoTime() - start) / 1000);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }
    }
}
