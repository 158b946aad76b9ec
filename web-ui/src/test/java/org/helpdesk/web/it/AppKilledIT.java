package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.internal.FreePort;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as a separate process (the repackaged jar Maven built before the integration tests), killed with SIGKILL
 * ({@code Process.destroyForcibly()}) in the middle of a feedback import while the search outbox has work, and again in
 * the middle of a re-analysis, then started again. The work resumes: every good row of the file is stored exactly
 * once, every outbox entry is indexed (index and database agree, nothing missing, stale or doubled), and the
 * re-analysis finishes with every item analysed again. The instance runs in a schema of its own in the dev stack's
 * database and with an index prefix of its own, so nothing else takes part.
 */
class AppKilledIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROWS = 3000;
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String QUENTIN = "quentin.killed";
    private static final String ANNA = "anna.killed";
    private static final String ADAM = "adam.killed";
    private static final int TICKETS = 30;

    private final DevStack stack = DevStack.shared();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "killed_" + tag;
    private final String indexPrefix = "killed-" + tag;
    private final int port = FreePort.find();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int starts;

    @Test
    void importOutboxAndReanalysisResumeAfterTheAppIsKilled() throws Exception {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                stack.postgres().jdbcUrl() + "?currentSchema=" + schema,
                stack.postgres().username(),
                stack.postgres().password(),
                true);
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("create schema " + schema).update();
        Process app = null;
        try {
            app = start();
            createAccounts(jdbc);

            // Work for the search outbox, then a file large enough to be imported in several batches.
            for (int i = 0; i < TICKETS; i++) {
                JsonNode ticket = post(
                        ANNA,
                        "/api/v1/tickets",
                        Map.of(
                                "subject", "Killed " + tag + " " + i,
                                "description", "Opened before the app was killed",
                                "customerEmail", "killed-" + tag + "-" + i + "@example.com"),
                        201);
                assertThat(ticket.get("reference").asString()).isNotBlank();
            }
            StringBuilder file = new StringBuilder("id,text,rating\n");
            int good = 0;
            for (int i = 0; i < ROWS; i++) {
                boolean bad = i % 10 == 9;
                good += bad ? 0 : 1;
                file.append(tag)
                        .append('-')
                        .append(i)
                        .append(",\"")
                        .append(i % 2 == 0 ? "Delivery was late again, parcel " : "Great support, thank you, order ")
                        .append(i)
                        .append("\",")
                        .append(bad ? "five" : String.valueOf(1 + i % 5))
                        .append('\n');
            }
            String job = upload(file.toString()).get("job").get("id").asString();
            post(
                    QUENTIN,
                    "/api/v1/feedback/imports/" + job + "/start",
                    Map.of("text", "text", "score", "rating", "scale", "CSAT", "externalId", "id"),
                    202);

            awaitPartWay("the import is part-way", () -> {
                int processed = processed(jdbc, job);
                return processed >= 500 && processed < ROWS;
            });
            app.destroyForcibly().waitFor();
            int processedAtKill = processed(jdbc, job);
            long outboxAtKill = count(jdbc, "select count(*) from search_outbox");
            assertThat(processedAtKill).as("killed mid-import").isBetween(1, ROWS - 1);
            assertThat(outboxAtKill)
                    .as("killed with search outbox entries waiting")
                    .isPositive();
            assertThat(jdbc.sql("select status from feedback_import where id = ?::uuid")
                            .param(job)
                            .query(String.class)
                            .single())
                    .isEqualTo("RUNNING");

            app = start();
            // The claim of the killed runner goes stale after two minutes without heartbeats; then it is taken over.
            awaitUntil(
                    "the import is taken over and finished",
                    Duration.ofMinutes(5),
                    () -> jdbc.sql("select status from feedback_import where id = ?::uuid")
                            .param(job)
                            .query(String.class)
                            .single()
                            .equals("DONE"));
            JsonNode done = get(QUENTIN, "/api/v1/feedback/imports/" + job);
            assertThat(done.get("imported").asInt()).as(done.toString()).isEqualTo(good);
            assertThat(done.get("rejected").asInt()).as(done.toString()).isEqualTo(ROWS - good);
            assertThat(done.get("duplicates").asInt()).as(done.toString()).isZero();
            assertThat(count(jdbc, "select count(*) from feedback_item where source = 'IMPORT'"))
                    .as("each good row stored exactly once")
                    .isEqualTo(good);
            assertThat(count(jdbc, "select count(distinct external_id) from feedback_item where source = 'IMPORT'"))
                    .isEqualTo(good);

            // The outbox is drained and nothing is lost or doubled: index and database agree.
            long items = count(jdbc, "select count(*) from feedback_item");
            JsonNode[] drift = new JsonNode[1];
            awaitUntil("the outbox is drained and the index agrees", Duration.ofMinutes(3), () -> {
                if (count(jdbc, "select count(*) from search_outbox") > 0) {
                    return false;
                }
                drift[0] = get(ADAM, "/api/v1/admin/search/drift");
                return drift[0].get("indexCount").asLong() == TICKETS
                        && drift[0].get("feedback").get("indexCount").asLong() == items;
            });
            for (JsonNode figures : List.of(drift[0], drift[0].get("feedback"))) {
                for (String difference : List.of("missing", "stale", "orphaned")) {
                    assertThat(figures.get(difference).asLong())
                            .as(difference + " in " + drift[0])
                            .isZero();
                }
            }
            assertThat(drift[0].get("databaseCount").asLong()).isEqualTo(TICKETS);
            assertThat(drift[0].get("feedback").get("databaseCount").asLong()).isEqualTo(items);

            // A re-analysis of every item, killed part-way, resumes and finishes after the restart.
            awaitUntil(
                    "the new items are analysed",
                    Duration.ofMinutes(3),
                    () -> count(jdbc, "select count(*) from feedback_item where analyzed_at is null") == 0);
            String reanalysis = post(QUENTIN, "/api/v1/feedback/reanalysis", Map.of("reason", "killed " + tag), 202)
                    .get("id")
                    .asString();
            awaitPartWay("the re-analysis is part-way", () -> {
                int analysed = reanalysed(jdbc, reanalysis);
                return analysed > 0 && analysed < items;
            });
            app.destroyForcibly().waitFor();
            int reanalysedAtKill = reanalysed(jdbc, reanalysis);
            assertThat(reanalysedAtKill).as("killed mid-re-analysis").isBetween(1, (int) items - 1);

            app = start();
            awaitUntil(
                    "the re-analysis resumes and finishes",
                    Duration.ofMinutes(4),
                    () -> jdbc.sql("select status from feedback_reanalysis where id = ?::uuid")
                            .param(reanalysis)
                            .query(String.class)
                            .single()
                            .equals("DONE"));
            Timestamp requested = jdbc.sql("select requested_at from feedback_reanalysis where id = ?::uuid")
                    .param(reanalysis)
                    .query(Timestamp.class)
                    .single();
            assertThat(reanalysed(jdbc, reanalysis)).isEqualTo((int) items);
            assertThat(jdbc.sql("select count(*) from feedback_item where analyzed_at is null or analyzed_at < ?")
                            .param(requested)
                            .query(Long.class)
                            .single())
                    .as("items the re-analysis left out")
                    .isZero();
        } finally {
            if (app != null) {
                app.destroyForcibly().waitFor();
            }
            deleteIndices();
            jdbc.sql("drop schema " + schema + " cascade").update();
            owner.destroy();
        }
    }

    /** Starts the built jar on this test's schema and index prefix, and waits until it is ready. */
    private Process start() throws Exception {
        Path jar = Path.of(System.getProperty("basedir", ".")).resolve("target/helpdesk.jar");
        assertThat(jar).as("the repackaged app (built in the package phase)").exists();
        Path log = Path.of(System.getProperty("basedir", "."))
                .resolve("target/failsafe-reports/AppKilledIT-" + tag + "-" + (++starts) + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m",
                "-jar",
                jar.toString()));
        for (String property : List.of(
                "server.port=" + port,
                "spring.datasource.url=" + stack.postgres().jdbcUrl() + "?currentSchema=" + schema,
                "spring.datasource.username=" + stack.postgres().username(),
                "spring.datasource.password=" + stack.postgres().password(),
                "spring.datasource.hikari.maximum-pool-size=6",
                "helpdesk.search.uris=" + stack.elasticsearch().httpUri(),
                "helpdesk.search.index-prefix=" + indexPrefix,
                "spring.mail.host=" + stack.mail().host(),
                "spring.mail.port=" + stack.mail().smtpPort(),
                "helpdesk.search.outbox.poll-interval=200ms",
                "helpdesk.search.outbox.batch-size=20",
                "helpdesk.feedback.analysis.poll-interval=200ms",
                "helpdesk.feedback.analysis.batch-size=20",
                "helpdesk.reporting.refresh-enabled=false",
                "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
                "helpdesk.security.rate-limit.public-per-minute=1000000")) {
            command.add("--" + property);
        }
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the app did not become ready; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /** The people of this test, in its own schema (the app's accounts table, after its migrations ran). */
    private static void createAccounts(JdbcClient jdbc) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        for (Map.Entry<String, String> account :
                Map.of(QUENTIN, "QUALITY_MANAGER", ANNA, "AGENT", ADAM, "ADMIN").entrySet()) {
            jdbc.sql("""
                            insert into user_account (id, username, display_name, password_hash, roles, created_at)
                            values (?, ?, ?, ?, ?, now())""")
                    .params(UUID.randomUUID(), account.getKey(), account.getKey(), hash, account.getValue())
                    .update();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode post(String username, String path, Map<String, ?> body, int expected) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic(username))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode get(String username, String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", basic(username))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private JsonNode upload(String csv) throws Exception {
        String boundary = "----killed" + tag;
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"killed-" + tag + ".csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + csv + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/feedback/imports"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", basic(QUENTIN))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static int processed(JdbcClient jdbc, String job) {
        return jdbc.sql("select processed_rows from feedback_import where id = ?::uuid")
                .param(job)
                .query(Integer.class)
                .single();
    }

    private static int reanalysed(JdbcClient jdbc, String job) {
        return jdbc.sql("select done from feedback_reanalysis where id = ?::uuid")
                .param(job)
                .query(Integer.class)
                .single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private void deleteIndices() throws Exception {
        OwnInstances.deleteIndices(http, stack.elasticsearch().httpUri(), indexPrefix);
    }

    private static void awaitUntil(String what, Duration within, BooleanSupplier condition)
            throws InterruptedException {
        OwnInstances.awaitUntil(what, within, Duration.ofMillis(500), condition);
    }

    /** Checks often: to kill the app part-way, the moment matters. */
    private static void awaitPartWay(String what, BooleanSupplier condition) throws InterruptedException {
        OwnInstances.awaitUntil(what, Duration.ofMinutes(3), Duration.ofMillis(20), condition);
    }
}
