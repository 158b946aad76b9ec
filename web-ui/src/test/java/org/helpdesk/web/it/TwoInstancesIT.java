package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpdesk.HelpdeskApplication;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.web.logging.RequestIdFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app instances in this JVM (two Spring Boot applications on their own ports) share one PostgreSQL database and
 * one Elasticsearch, as behind a load balancer. Work comes in through both at once; every background job item is
 * then handled exactly once, by one instance or the other, and none is missed: outbox indexing, feedback analysis,
 * customer and survey mail, scheduled reports and the auto-close timer. The instances get a schema of their own in the
 * dev stack's database and an index prefix of their own, so no other test's instance takes part and the instances'
 * own counters add up to exactly the work done. A browser's session (kept in PostgreSQL) works on either instance.
 * Instance B also writes JSON logs and has a separate management port.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwoInstancesIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int TICKETS = 12;
    private static final int FEEDBACK = 16;
    private static final int SCHEDULES = 3;
    private static final String INDEXED = "helpdesk.search.outbox.indexed";
    private static final String ANALYSED = "helpdesk.feedback.analysed";
    private static final String SENT = "helpdesk.mail.outbox.sent";
    private static final String RUNS = "helpdesk.reports.scheduled.runs";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final DevStack stack = DevStack.shared();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "scale_" + tag;
    private final String indexPrefix = "scale-" + tag;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eachBackgroundJobItemIsHandledOnceByOneOfTwoInstances(CapturedOutput output) throws Exception {
        SingleConnectionDataSource owner = new SingleConnectionDataSource(
                stack.postgres().jdbcUrl() + "?currentSchema=" + schema,
                stack.postgres().username(),
                stack.postgres().password(),
                true);
        JdbcClient jdbc = JdbcClient.create(owner);
        jdbc.sql("create schema " + schema).update();
        ConfigurableApplicationContext a = null;
        ConfigurableApplicationContext b = null;
        try {
            // Logging is configured once per JVM (by the first app), partly through system properties: each instance
            // here configures it afresh, so B's lines are JSON until A starts with the plain default again.
            Map<Object, Object> systemProperties = new HashMap<>(System.getProperties());
            resetLogging();
            b = start(
                    "logging.structured.format.console=ecs",
                    "management.server.port=0",
                    "spring.application.name=helpdesk-b");
            jsonLogLinesCarryTheRequestId(b, output);
            metricsAreOpenOnTheManagementPortOnly(b);
            restore(systemProperties);
            resetLogging();
            a = start("spring.application.name=helpdesk-a");
            aBrowserSessionCarriesOverFromOneInstanceToTheOther(a, b);
            recordOutboxInserts(jdbc);
            Map<String, Double> beforeA = counters(a);
            Map<String, Double> beforeB = counters(b);

            List<Instance> instances = List.of(new Instance(a), new Instance(b));
            List<String> customers = new ArrayList<>();
            List<String> recipients = new ArrayList<>();
            createWorkThroughBoth(instances, customers, recipients, jdbc);

            awaitUntil("the outboxes, the analysis queue, the schedules and the timers are done", () -> done(jdbc));

            Map<String, Double> byA = since(beforeA, counters(a));
            Map<String, Double> byB = since(beforeB, counters(b));
            Map<String, Double> handled = new HashMap<>(byA);
            byB.forEach((name, value) -> handled.merge(name, value, Double::sum));
            String shares = "done by A " + byA + ", by B " + byB;

            // Search outbox: every row written after the log started was indexed by exactly one instance.
            long outboxRows = jdbc.sql("select count(*) from scale_outbox_log")
                    .query(Long.class)
                    .single();
            assertThat(outboxRows).isGreaterThanOrEqualTo(TICKETS * 3L + FEEDBACK);
            assertThat(handled.get(INDEXED)).as(shares).isEqualTo((double) outboxRows);
            assertThat(byA.get(INDEXED)).as(shares).isPositive();
            assertThat(byB.get(INDEXED)).as(shares).isPositive();
            // The last writes become visible to the check with the index's next refresh (about a second).
            JsonNode[] checked = new JsonNode[1];
            try {
                awaitUntil("the index agrees with the database", () -> {
                    checked[0] = instances
                            .get(0)
                            .adam()
                            .get("/api/v1/admin/search/drift")
                            .json();
                    return clean(checked[0]) && clean(checked[0].get("feedback"));
                });
            } catch (AssertionError e) {
                // The assertions below say what differs.
            }
            JsonNode drift = checked[0];
            assertThat(drift.get("databaseCount").asLong()).as(drift.toString()).isEqualTo(TICKETS);
            assertThat(drift.get("indexCount").asLong()).as(drift.toString()).isEqualTo(TICKETS);
            long items = jdbc.sql("select count(*) from feedback_item")
                    .query(Long.class)
                    .single();
            assertThat(items).isGreaterThanOrEqualTo(FEEDBACK);
            assertThat(drift.get("feedback").get("databaseCount").asLong()).isEqualTo(items);
            assertThat(drift.get("feedback").get("indexCount").asLong()).isEqualTo(items);
            for (JsonNode figures : List.of(drift, drift.get("feedback"))) {
                for (String difference : List.of("missing", "stale", "orphaned")) {
                    assertThat(figures.get(difference).asLong())
                            .as(difference + " in " + drift)
                            .isZero();
                }
            }

            // Feedback analysis: each item analysed once.
            assertThat(jdbc.sql(
                                    "select count(*) from feedback_item where analyzed_at is not null and analysis_attempts = 0")
                            .query(Long.class)
                            .single())
                    .isEqualTo(items);
            assertThat(handled.get(ANALYSED)).as(shares).isEqualTo((double) items);
            assertThat(byA.get(ANALYSED)).as(shares).isPositive();
            assertThat(byB.get(ANALYSED)).as(shares).isPositive();

            // Mail: every queued mail sent once, and received once; each customer got exactly one survey.
            List<Map<String, Object>> mails = jdbc.sql(
                            "select kind, recipient, message_id, status, attempts from mail_outbox")
                    .query()
                    .listOfRows();
            assertThat(mails).allSatisfy(m -> {
                assertThat(m.get("status")).isEqualTo("SENT");
                assertThat(m.get("attempts")).isEqualTo(1);
            });
            assertThat(handled.get(SENT)).as(shares).isEqualTo((double) mails.size());
            assertThat(byA.get(SENT)).as(shares).isPositive();
            assertThat(byB.get(SENT)).as(shares).isPositive();
            Map<String, Integer> received = receivedByMessageId();
            for (Map<String, Object> m : mails) {
                assertThat(received.getOrDefault((String) m.get("message_id"), 0))
                        .as("copies of %s to %s", m.get("kind"), m.get("recipient"))
                        .isEqualTo(1);
            }
            for (String customer : customers) {
                assertThat(mails.stream()
                                .filter(m -> m.get("recipient").equals(customer)
                                        && m.get("kind").equals("SURVEY")))
                        .as("survey mails to " + customer)
                        .hasSize(1);
            }

            // Scheduled reports: each due schedule ran once, and each recipient got its report once.
            assertThat(jdbc.sql(
                                    "select count(*) from report_schedule_run where trigger = 'SCHEDULE' and outcome = 'SENT'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(SCHEDULES);
            assertThat(jdbc.sql("select count(distinct schedule_id) from report_schedule_run")
                            .query(Long.class)
                            .single())
                    .isEqualTo(SCHEDULES);
            assertThat(handled.get(RUNS)).as(shares).isEqualTo((double) SCHEDULES);
            for (String recipient : recipients) {
                assertThat(mails.stream().filter(m -> m.get("recipient").equals(recipient)))
                        .as("report mails to " + recipient)
                        .hasSize(1);
            }

            // The auto-close timer: each resolved ticket closed once, and no round tripped over the other instance.
            assertThat(jdbc.sql("""
                                    select count(*) from ticket_event
                                     where actor = 'system:auto-close' group by ticket_id having count(*) > 1""").query(Long.class).list()).isEmpty();
            assertThat(jdbc.sql("select count(*) from ticket where status = 'CLOSED'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(TICKETS);
            assertThat(output.getAll()).doesNotContain("Ticket timers failed");
            assertThat(output.getAll()).as("A logs plain lines").doesNotContain("\"name\":\"helpdesk-a\"");
        } finally {
            close(a);
            close(b);
            deleteIndices();
            jdbc.sql("drop schema " + schema + " cascade").update();
            owner.destroy();
        }
    }

    /** An app instance on the dev stack's servers, in this test's schema and index prefix. */
    private ConfigurableApplicationContext start(String... extra) {
        List<String> properties = new ArrayList<>(List.of(
                // No helpdesk.devstack.mode: application.yml's default (off) starts nothing, as in production.
                "server.port=0",
                "spring.datasource.url=" + stack.postgres().jdbcUrl() + "?currentSchema=" + schema,
                "spring.datasource.username=" + stack.postgres().username(),
                "spring.datasource.password=" + stack.postgres().password(),
                "spring.datasource.hikari.maximum-pool-size=6",
                "helpdesk.search.uris=" + stack.elasticsearch().httpUri(),
                "helpdesk.search.index-prefix=" + indexPrefix,
                "spring.mail.host=" + stack.mail().host(),
                "spring.mail.port=" + stack.mail().smtpPort(),
                "spring.mail.properties.mail.smtp.connectiontimeout=5000",
                "spring.mail.properties.mail.smtp.timeout=10000",
                // Small batches and short pauses: both instances keep taking work while it comes in.
                "helpdesk.search.outbox.poll-interval=100ms",
                "helpdesk.search.outbox.batch-size=3",
                "helpdesk.search.outbox.first-retry=200ms",
                "helpdesk.search.outbox.max-retry=2s",
                "helpdesk.feedback.analysis.poll-interval=100ms",
                "helpdesk.feedback.analysis.batch-size=2",
                "helpdesk.channels.mail.send-interval=100ms",
                "helpdesk.channels.mail.retry-max=1s",
                "helpdesk.reporting.schedule-interval=200ms",
                "helpdesk.reporting.refresh-enabled=false",
                "helpdesk.tickets.sla-check-interval=100ms",
                "helpdesk.tickets.auto-close-after=1s",
                "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
                "helpdesk.security.rate-limit.public-per-minute=1000000"));
        properties.addAll(List.of(extra));
        // As command-line arguments: above application.yml, as in a real deployment's environment.
        return new SpringApplicationBuilder(HelpdeskApplication.class, Personas.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static void restore(Map<Object, Object> systemProperties) {
        for (Object key : List.copyOf(System.getProperties().keySet())) {
            if (!systemProperties.containsKey(key)) {
                System.clearProperty((String) key);
            }
        }
        systemProperties.forEach((key, value) -> System.getProperties().put(key, value));
    }

    private static void resetLogging() {
        LoggingSystem.get(TwoInstancesIT.class.getClassLoader()).cleanUp();
    }

    /** A log line of B's request, as JSON, with the id the caller sent. */
    private void jsonLogLinesCarryTheRequestId(ConfigurableApplicationContext b, CapturedOutput output)
            throws Exception {
        LoggingSystem logging = b.getBean(LoggingSystem.class);
        String logger = "org.springframework.web.servlet.DispatcherServlet";
        String requestId = "scale-" + tag + "-probe";
        logging.setLogLevel(logger, LogLevel.DEBUG);
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(base(b) + "/api/v1/tickets?size=1"))
                            .header(RequestIdFilter.HEADER, requestId)
                            .header("Authorization", basic(Personas.ANNA_AGENT))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            logging.setLogLevel(logger, null);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(RequestIdFilter.HEADER)).hasValue(requestId);
        List<JsonNode> lines = output.getAll()
                .lines()
                .filter(line -> line.startsWith("{") && line.contains(requestId))
                .map(JSON::readTree)
                .toList();
        assertThat(lines).as(output.getAll()).isNotEmpty();
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get(RequestIdFilter.MDC_KEY).asString()).isEqualTo(requestId);
            assertThat(line.has("@timestamp")).isTrue();
        });
    }

    /** On B's separate management port a scraper needs no account; on the main port it does. */
    private void metricsAreOpenOnTheManagementPortOnly(ConfigurableApplicationContext b) throws Exception {
        String managementPort = b.getEnvironment().getProperty("local.management.port");
        assertThat(managementPort).isNotNull();
        HttpResponse<String> scraped = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("helpdesk_outbox_pending{", "application=\"helpdesk-b\"");
        HttpResponse<String> onMain = http.send(
                HttpRequest.newBuilder(URI.create(base(b) + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onMain.statusCode()).isIn(401, 404);
    }

    /**
     * Without sticky sessions a browser's requests land on either instance: signed in on A, it works on B (pages,
     * the CSRF token, a notice shown after a redirect), and signing out on B signs it out on A too.
     */
    private void aBrowserSessionCarriesOverFromOneInstanceToTheOther(
            ConfigurableApplicationContext a, ConfigurableApplicationContext b) throws Exception {
        // Cookies belong to the host, not the port: the two instances on 127.0.0.1 get the same cookie, as they would
        // behind one load balancer.
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> signedIn = postForm(
                browser,
                base(a) + "/login",
                Map.of(
                        "username",
                        Personas.ANNA_AGENT,
                        "password",
                        Personas.PASSWORD,
                        "_csrf",
                        csrf(browser, base(a) + "/login")));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> onB = get(browser, base(b) + "/account");
        assertThat(onB.statusCode()).as("signed in on A, a page on B").isEqualTo(200);
        assertThat(onB.body()).contains("Anna Agent");

        HttpResponse<String> saved = postForm(
                browser,
                base(b) + "/account/time-zone",
                Map.of("timeZone", "Europe/Sofia", "_csrf", csrf(browser, base(b) + "/account")));
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> noticeOnA = get(browser, base(a) + "/account");
        assertThat(noticeOnA.statusCode()).isEqualTo(200);
        assertThat(noticeOnA.body()).as("the notice B left for the next page").contains("Your settings are saved.");

        HttpResponse<String> signedOut =
                postForm(browser, base(b) + "/logout", Map.of("_csrf", csrf(browser, base(b) + "/account")));
        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterwards = get(browser, base(a) + "/account");
        assertThat(afterwards.statusCode()).as("signed out on B, a page on A").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static String csrf(HttpClient browser, String page) throws Exception {
        HttpResponse<String> response = get(browser, page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        Matcher token = CSRF.matcher(response.body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(HttpClient browser, String url, Map<String, String> fields)
            throws Exception {
        String form = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Counts every row the search outbox gets from now on, whoever writes it. */
    private void recordOutboxInserts(JdbcClient jdbc) {
        jdbc.sql("create table scale_outbox_log (id bigint primary key)").update();
        jdbc.sql("""
                        create function scale_log_outbox() returns trigger language plpgsql as $$
                        begin
                            insert into scale_outbox_log values (new.id);
                            return new;
                        end $$""").update();
        jdbc.sql("""
                        create trigger scale_log_outbox after insert on search_outbox
                           for each row execute function scale_log_outbox()""").update();
    }

    /**
     * Tickets opened through one instance and resolved through the other (customer mail, a survey each, later the
     * auto-close), feedback items through both, and report schedules made due at once.
     */
    private void createWorkThroughBoth(
            List<Instance> instances, List<String> customers, List<String> recipients, JdbcClient jdbc)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                String customer = "customer-" + i + "-" + tag + "@example.org";
                customers.add(customer);
                Instance opening = instances.get(i % 2);
                Instance resolving = instances.get((i + 1) % 2);
                work.add(pool.submit(() -> openAndResolve(opening, resolving, customer)));
            }
            for (int i = 0; i < FEEDBACK; i++) {
                Instance through = instances.get(i % 2);
                String comment = i % 2 == 0
                        ? "Курьер опоздал на три дня, доставка ужасная " + i
                        : "Thank you, the agent solved my billing problem quickly " + i;
                work.add(pool.submit(() -> {
                    Api.Reply created = through.anna()
                            .postJson(
                                    "/api/v1/feedback",
                                    Map.of(
                                            "kind",
                                            "CSAT",
                                            "score",
                                            3,
                                            "comment",
                                            comment,
                                            "externalId",
                                            UUID.randomUUID().toString()));
                    assertThat(created.status()).as(created.body()).isEqualTo(201);
                }));
            }
            for (int i = 0; i < SCHEDULES; i++) {
                String recipient = "report-" + i + "-" + tag + "@example.org";
                recipients.add(recipient);
                Api.Reply created = instances
                        .get(i % 2)
                        .quentin()
                        .postJson("/api/v1/reports/schedules", schedule("Scale " + tag + " " + i, recipient));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
            }
            jdbc.sql("update report_schedule set next_run_at = ?")
                    .param(Timestamp.from(Instant.now().minusSeconds(60)))
                    .update();
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void openAndResolve(Instance opening, Instance resolving, String customer) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("subject", "Parcel lost " + customer);
        draft.put("description", "The parcel has not arrived for a week");
        draft.put("customerEmail", customer);
        draft.put("customerName", "Scale Customer");
        draft.put("channel", "PHONE");
        draft.put("type", "COMPLAINT");
        draft.put("language", "en");
        Api.Reply opened = opening.anna().postJson("/api/v1/tickets", draft);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode ticket = opened.json();
        Api.Reply resolved = resolving
                .anna()
                .postJson(
                        "/api/v1/tickets/" + ticket.get("reference").asString() + "/status",
                        Map.of("version", ticket.get("version").asLong(), "status", "RESOLVED"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    private static Map<String, Object> schedule(String name, String recipient) {
        return Map.of(
                "name", name,
                "report", "period=week&kpi=created-tickets",
                "frequency", "weekly",
                "dayOfWeek", "monday",
                "time", "07:30",
                "recipients", List.of(recipient),
                "formats", List.of("csv"),
                "language", "en");
    }

    private static boolean done(JdbcClient jdbc) {
        return jdbc.sql("""
                        select (select count(*) from search_outbox) = 0
                           and (select count(*) from mail_outbox where status = 'PENDING') = 0
                           and (select count(*) from feedback_item where analyzed_at is null) = 0
                           and (select count(*) from report_schedule where next_run_at <= now()) = 0
                           and (select count(*) from ticket where status <> 'CLOSED') = 0""").query(Boolean.class).single();
    }

    private static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> delta = new HashMap<>();
        after.forEach((name, value) -> delta.put(name, value - before.getOrDefault(name, 0.0)));
        return delta;
    }

    /** This instance's work counters (summed over their tags). */
    private static Map<String, Double> counters(ConfigurableApplicationContext context) {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        Map<String, Double> counts = new HashMap<>();
        for (String name : List.of(INDEXED, ANALYSED, SENT, RUNS)) {
            counts.put(
                    name,
                    registry.find(name).counters().stream()
                            .mapToDouble(c -> c.count())
                            .sum());
        }
        return counts;
    }

    /** How many copies of each message the dev stack's mail server received. */
    private Map<String, Integer> receivedByMessageId() throws MessagingException {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage m : stack.mail().received()) {
            String id = m.getMessageID();
            if (id != null) {
                copies.merge(id, 1, Integer::sum);
            }
        }
        return copies;
    }

    private static boolean clean(JsonNode figures) {
        return List.of("missing", "stale", "orphaned").stream()
                .allMatch(difference -> figures.get(difference).asLong() == 0);
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        OwnInstances.awaitUntil(what, WAIT, Duration.ofMillis(200), condition);
    }

    private static String basic(String username) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(
                                (username + ":" + Personas.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static void close(ConfigurableApplicationContext context) {
        if (context != null) {
            context.close();
        }
    }

    private void deleteIndices() throws Exception {
        OwnInstances.deleteIndices(http, stack.elasticsearch().httpUri(), indexPrefix);
    }

    /** One instance as the personas reach it. */
    private record Instance(ConfigurableApplicationContext context) {

        int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        }

        Api anna() {
            return Api.as(port(), Personas.ANNA_AGENT);
        }

        Api quentin() {
            return Api.as(port(), Personas.QUENTIN_QUALITY);
        }

        Api adam() {
            return Api.as(port(), Personas.ADAM_ADMIN);
        }
    }
}
