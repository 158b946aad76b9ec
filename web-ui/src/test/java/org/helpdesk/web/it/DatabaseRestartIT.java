package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.helpdesk.HelpdeskApplication;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.internal.FileTrees;
import org.helpdesk.infra.devstack.internal.FreePort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL is stopped and started again while agents keep opening tickets. The shared dev stack's PostgreSQL serves
 * every other test of this JVM, so this test runs a PostgreSQL of its own (the dev stack's binaries, a data folder of
 * its own, the same port after the restart) and an app instance on it, with an index prefix of its own in the dev
 * stack's Elasticsearch. Every request is answered 201 or a clean 503 problem with {@code Retry-After} in bounded time;
 * every ticket in the database is whole (ticket, history, audit entry, feedback item, search document); and the app
 * serves again once the database is back, without a restart.
 */
class DatabaseRestartIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "helpdesk";
    private static final String DATABASE = "helpdesk";
    private static final int WRITERS = 4;
    /** A request may wait out the pool's connection timeout (5 s) and a retry by the client; never longer. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(20);

    private final DevStack stack = DevStack.shared();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String indexPrefix = "pgrestart-" + tag;
    private final String password = "pw-" + UUID.randomUUID();
    private final int port = FreePort.find();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void requestsDuringARestartFailCleanlyNothingIsHalfWrittenAndTheAppRecoversByItself() throws Exception {
        Path data = Files.createTempDirectory("helpdesk-pg-restart-");
        EmbeddedPostgres postgres = startPostgres(data);
        createOwner(postgres);
        ConfigurableApplicationContext app = null;
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            app = start();
            int appPort = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Browser browser = Browser.signedIn(appPort, Personas.ANNA_AGENT);
            List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                running.add(writers.submit(() -> {
                    while (writing.get()) {
                        outcomes.add(open(appPort, "restart " + tag + " " + sequence.incrementAndGet()));
                    }
                    return null;
                }));
            }
            awaitUntil("tickets are opened before the restart", Duration.ofSeconds(60), () -> created(outcomes) >= 8);

            postgres.close(); // pg_ctl stop -m fast: open transactions are cut off
            Instant stopped = Instant.now();
            awaitUntil(
                    "requests are refused while PostgreSQL is down",
                    Duration.ofSeconds(60),
                    () -> outcomes.stream()
                            .anyMatch(o -> o.status() == 503 && o.sent().isAfter(stopped)));
            Outcome read = get(appPort, "/api/v1/tickets?size=5");
            // A signed-in page (its session is the app's own): the 503 page, with the same guidance.
            HttpResponse<String> page = browser.get("/tickets");
            Thread.sleep(3_000);

            postgres = startPostgres(data);
            Instant restarted = Instant.now();
            awaitUntil(
                    "tickets are opened again after the restart, without restarting the app",
                    Duration.ofSeconds(60),
                    () -> outcomes.stream()
                                    .filter(o -> o.status() == 201 && o.sent().isAfter(restarted))
                                    .count()
                            >= 8);
            Duration recovery = outcomes.stream()
                    .filter(o -> o.status() == 201 && o.sent().isAfter(restarted))
                    .map(o -> Duration.between(restarted, o.answered()))
                    .min(Duration::compareTo)
                    .orElseThrow();
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get();
            }

            // Each request was answered in bounded time, 201 or a clean 503 with retry guidance.
            List<Outcome> all = List.copyOf(outcomes);
            assertThat(all).as("answers").allSatisfy(o -> {
                assertThat(o.status()).as(o.toString()).isIn(201, 503);
                assertThat(Duration.between(o.sent(), o.answered()))
                        .as(o.toString())
                        .isLessThan(ANSWER_BOUND);
                if (o.status() == 503) {
                    cleanUnavailable(o);
                }
            });
            assertThat(all.stream().filter(o -> o.status() == 503)).isNotEmpty();
            assertThat(read.status()).as(read.toString()).isEqualTo(503);
            cleanUnavailable(read);
            assertThat(recovery).as("time from the restart to the first ticket").isLessThan(Duration.ofSeconds(30));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(browser.get("/tickets").statusCode())
                    .as("the same session after the restart")
                    .isEqualTo(200);

            // Afterwards, every request succeeds again.
            for (int i = 0; i < 5; i++) {
                Outcome after = open(appPort, "after " + tag + " " + i);
                assertThat(after.status()).as(after.toString()).isEqualTo(201);
            }

            // Nothing half-written: every ticket in the database is whole, and every 201 is in the database.
            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(jdbcUrl(), USER, password));
            Set<String> answered201 = all.stream()
                    .filter(o -> o.status() == 201)
                    .map(Outcome::subject)
                    .collect(Collectors.toSet());
            Set<String> sent = all.stream().map(Outcome::subject).collect(Collectors.toSet());
            Map<String, String> stored = jdbc
                    .sql("select subject, id::text from ticket where subject like ?")
                    .param("restart " + tag + " %")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(stored.keySet()).containsAll(answered201);
            assertThat(sent).containsAll(stored.keySet());
            for (String id : stored.values()) {
                assertThat(count(
                                jdbc,
                                "select count(*) from ticket_event where ticket_id = ?::uuid and type = 'CREATED'",
                                id))
                        .as("history of " + id)
                        .isEqualTo(1);
                assertThat(count(
                                jdbc,
                                "select count(*) from audit_log where details ->> 'ticketId' = ? and details ->> 'change' = 'CREATED'",
                                id))
                        .as("audit entry of " + id)
                        .isEqualTo(1);
                assertThat(count(jdbc, "select count(*) from feedback_item where ticket_id = ?::uuid", id))
                        .as("feedback item of " + id)
                        .isEqualTo(1);
            }
            assertThat(count(jdbc, "select count(*) from ticket", null))
                    .as("tickets (only this test's app writes this database)")
                    .isEqualTo(stored.size() + 5L);

            // The search outbox is drained once the database is back: index and database agree.
            Api adam = Api.as(appPort, Personas.ADAM_ADMIN);
            JsonNode[] drift = new JsonNode[1];
            awaitUntil("the search index agrees with the database", Duration.ofSeconds(90), () -> {
                drift[0] = adam.get("/api/v1/admin/search/drift").json();
                return count(jdbc, "select count(*) from search_outbox", null) == 0
                        && drift[0].get("indexCount").asLong()
                                == drift[0].get("databaseCount").asLong();
            });
            assertThat(drift[0].get("databaseCount").asLong()).isEqualTo(stored.size() + 5L);
            assertThat(drift[0].get("missing").asLong()).as(drift[0].toString()).isZero();
        } finally {
            writers.shutdownNow();
            if (app != null) {
                app.close();
            }
            deleteIndices();
            postgres.close();
            FileTrees.deleteIfExists(data);
        }
    }

    /** A 503 problem that says the database is away and when to try again. */
    private static void cleanUnavailable(Outcome o) {
        assertThat(o.contentType()).as(o.toString()).startsWith("application/problem+json");
        assertThat(o.retryAfter()).as(o.toString()).isNotNull();
        assertThat(Integer.parseInt(o.retryAfter())).as(o.toString()).isPositive();
        JsonNode problem = JSON.readTree(o.body());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("type").asString()).isEqualTo("urn:helpdesk:problem:database-unavailable");
    }

    private Outcome open(int appPort, String subject) {
        String body = JSON.writeValueAsString(Map.of(
                "subject",
                subject,
                "description",
                "Opened while PostgreSQL restarts",
                // A customer each: customers are found or registered by address, and that is not under test here.
                "customerEmail",
                subject.replace(' ', '-') + "@example.com"));
        return send(
                subject,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + "/api/v1/tickets"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Outcome get(int appPort, String path) {
        return send(
                path,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + appPort + path))
                        .GET());
    }

    private Outcome send(String subject, HttpRequest.Builder request) {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = http.send(
                    request.timeout(ANSWER_BOUND)
                            .header("Authorization", basic(Personas.ANNA_AGENT))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(
                    subject,
                    sent,
                    Instant.now(),
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (HttpTimeoutException e) {
            return new Outcome(subject, sent, Instant.now(), -1, "", null, "no answer within " + ANSWER_BOUND);
        } catch (IOException e) {
            return new Outcome(subject, sent, Instant.now(), -2, "", null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(subject, sent, Instant.now(), -3, "", null, "interrupted");
        }
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + Personas.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long count(JdbcClient jdbc, String sql, String param) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private static long created(List<Outcome> outcomes) {
        synchronized (outcomes) {
            return outcomes.stream().filter(o -> o.status() == 201).count();
        }
    }

    /** The dev stack's PostgreSQL binaries on this test's data folder and port; the data survives a stop. */
    private EmbeddedPostgres startPostgres(Path data) throws IOException {
        Path binaries = Files.createDirectories(stack.settings().cacheDir().resolve("postgres"));
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPort(port)
                .setRegisterShutdownHook(true)
                .start();
    }

    private void createOwner(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
        }
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** An app instance on this test's PostgreSQL, with the product's pool settings. */
    private ConfigurableApplicationContext start() {
        List<String> properties = List.of(
                "server.port=0",
                "spring.datasource.url=" + jdbcUrl(),
                "spring.datasource.username=" + USER,
                "spring.datasource.password=" + password,
                "helpdesk.search.uris=" + stack.elasticsearch().httpUri(),
                "helpdesk.search.index-prefix=" + indexPrefix,
                "spring.mail.host=" + stack.mail().host(),
                "spring.mail.port=" + stack.mail().smtpPort(),
                "helpdesk.search.outbox.poll-interval=200ms",
                "helpdesk.search.outbox.first-retry=200ms",
                "helpdesk.search.outbox.max-retry=2s",
                "helpdesk.reporting.refresh-enabled=false",
                "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
                "helpdesk.security.rate-limit.public-per-minute=1000000");
        return new SpringApplicationBuilder(HelpdeskApplication.class, Personas.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private void deleteIndices() throws Exception {
        OwnInstances.deleteIndices(http, stack.elasticsearch().httpUri(), indexPrefix);
    }

    private static void awaitUntil(String what, Duration within, BooleanSupplier condition)
            throws InterruptedException {
        OwnInstances.awaitUntil(what, within, Duration.ofMillis(200), condition);
    }

    /** Signs in on the login form and keeps the session cookie, as a browser does. */
    private record Browser(HttpClient http, String base) {

        static Browser signedIn(int port, String username) throws Exception {
            Browser browser = new Browser(
                    HttpClient.newBuilder()
                            .cookieHandler(new java.net.CookieManager())
                            .connectTimeout(Duration.ofSeconds(5))
                            .build(),
                    "http://127.0.0.1:" + port);
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                    .matcher(browser.get("/login").body());
            assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
            String form = "username=" + username + "&password="
                    + java.net.URLEncoder.encode(Personas.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                    + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> login = browser.http.send(
                    HttpRequest.newBuilder(URI.create(browser.base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().firstValue("Location").orElse(""))
                    .as("signed in")
                    .endsWith("/tickets");
            return browser;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(ANSWER_BOUND)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** One request and what came back; a negative status is no answer at all. */
    private record Outcome(
            String subject,
            Instant sent,
            Instant answered,
            int status,
            String contentType,
            String retryAfter,
            String body) {

        @Override
        public String toString() {
            return status + " after " + Duration.between(sent, answered).toMillis() + " ms for '" + subject + "': "
                    + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }
}
