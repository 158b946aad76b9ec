package org.helpdesk.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The generator on a real PostgreSQL with the core's migrations, each run in a database of its own. */
class TicketGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final int TICKETS = 3_000;
    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        Path binaries =
                Files.createDirectories(Path.of(System.getProperty("user.home"), ".cache", "helpdesk", "postgres"));
        postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        DataSource first = freshDatabase();
        DataSource second = freshDatabase();
        DataSource third = freshDatabase();
        new TicketGenerator(first).generate(GeneratorSettings.of(TICKETS, 42, NOW), line -> {});
        new TicketGenerator(second).generate(GeneratorSettings.of(TICKETS, 42, NOW), line -> {});
        new TicketGenerator(third).generate(GeneratorSettings.of(TICKETS, 43, NOW), line -> {});

        assertThat(checksum(first)).isEqualTo(checksum(second)).isNotEqualTo(checksum(third));
    }

    @Test
    void writesTheTicketsAskedForWithTheirLifeInOrder() {
        DataSource db = freshDatabase();
        List<String> progress = new ArrayList<>();
        GenerationResult result =
                new TicketGenerator(db).generate(GeneratorSettings.of(TICKETS, 7, NOW), progress::add);
        JdbcClient jdbc = JdbcClient.create(db);

        assertThat(result.tickets()).isEqualTo(TICKETS);
        assertThat(count(jdbc, "select count(*) from ticket")).isEqualTo(TICKETS);
        assertThat(progress).last().asString().contains("3,000 of 3,000");
        assertThat(result.rows()).containsKeys("customer", "ticket_message", "ticket_event", "feedback_item");
        assertThat(result.totalRows()).isEqualTo(count(jdbc, """
                select (select count(*) from customer) + (select count(*) from ticket)
                     + (select count(*) from ticket_message) + (select count(*) from ticket_event)
                     + (select count(*) from ticket_pause) + (select count(*) from ticket_escalation)
                     + (select count(*) from survey_invitation) + (select count(*) from feedback_item)
                     + (select count(*) from search_outbox)"""));

        // Times in order, and the status as the columns say.
        assertThat(count(jdbc, """
                select count(*) from ticket
                 where resolved_at < created_at or first_response_at < created_at or closed_at < resolved_at
                    or created_at > ? or resolved_at > ? or updated_at < created_at
                    or (status = 'CLOSED') <> (closed_at is not null)
                    or (status in ('RESOLVED', 'CLOSED')) <> (resolved_at is not null)
                    or (status = 'NEW') <> (first_response_at is null)
                    or (status = 'PENDING') <> (paused_since is not null)
                    or (status = 'RESOLVED' and resolved_at < ?::timestamptz - interval '3 days')""", Timestamp.from(NOW), Timestamp.from(NOW), Timestamp.from(NOW)))
                .isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from ticket_message m join ticket t on t.id = m.ticket_id"
                                + " where m.created_at < t.created_at"))
                .isZero();
        assertThat(count(jdbc, """
                select count(*) from ticket t
                 where agent_reply_count <> (select count(*) from ticket_message m where m.ticket_id = t.id
                                              and m.author_type = 'AGENT' and m.visibility = 'PUBLIC')""")).isZero();
        assertThat(count(
                        jdbc,
                        "select count(*) from ticket t where version <>"
                                + " (select max(ticket_version) from ticket_event e where e.ticket_id = t.id)"))
                .isZero();
        // Nothing left for the SLA timer: every deadline already past is marked breached.
        assertThat(count(jdbc, """
                select count(*) from ticket
                 where sla_due_at <= ? and status in ('NEW', 'OPEN')
                   and ((first_response_at is null and not first_response_breached and first_response_due <= ?)
                        or (not resolution_breached and resolution_due <= ?))""", Timestamp.from(NOW), Timestamp.from(NOW), Timestamp.from(NOW)))
                .isZero();

        // Realistic shares: most done, some open, some breached, reopened, escalated, repeat contacts.
        assertThat(share(jdbc, "status in ('RESOLVED', 'CLOSED')")).isBetween(0.85, 0.99);
        assertThat(share(jdbc, "status in ('NEW', 'OPEN', 'PENDING')")).isPositive();
        assertThat(share(jdbc, "first_response_breached or resolution_breached"))
                .isBetween(0.02, 0.6);
        assertThat(share(jdbc, "reopen_count > 0")).isBetween(0.02, 0.15);
        assertThat(share(jdbc, "escalated")).isBetween(0.01, 0.1);
        assertThat(share(jdbc, "repeat_of_id is not null")).isBetween(0.001, 0.3);
        assertThat(jdbc.sql("select distinct language from ticket order by 1")
                        .query(String.class)
                        .list())
                .containsExactly("bg", "en", "ru");
        assertThat(count(
                        jdbc,
                        "select count(*) from (select customer_id from ticket group by customer_id"
                                + " having count(*) >= 5) frequent"))
                .isPositive();
        assertThat(jdbc.sql("select distinct kind from feedback_item order by 1")
                        .query(String.class)
                        .list())
                .containsExactly("CES", "CSAT", "NPS");

        // Every ticket and every survey answer is queued for the search index.
        assertThat(count(jdbc, "select count(*) from search_outbox"))
                .isEqualTo(TICKETS + count(jdbc, "select count(*) from feedback_item"))
                .isEqualTo(result.rows().get("search_outbox"));

        assertThatThrownBy(() -> new TicketGenerator(db).generate(GeneratorSettings.of(10, 7, NOW), line -> {}))
                .hasMessageContaining("seed 7");
    }

    @Test
    void replicatesTheTextsOfADataset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("texts.tsv");
        Files.writeString(file, "id\ttext\tlang\n1\tThe parcel\\never came\tfr\n2\tSecond text\tde\n");
        DataSource db = freshDatabase();
        new TicketGenerator(db).generate(GeneratorSettings.of(30, 5, NOW).withDataset(file), line -> {});
        JdbcClient jdbc = JdbcClient.create(db);

        assertThat(count(jdbc, "select count(*) from ticket where description = 'Second text' and language = 'de'"))
                .isEqualTo(5);
        assertThat(count(jdbc, "select count(*) from ticket where language = 'fr'"))
                .isEqualTo(5);
    }

    private static double share(JdbcClient jdbc, String condition) {
        return jdbc.sql("select avg(case when " + condition + " then 1.0 else 0 end) from ticket")
                .query(Double.class)
                .single();
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Every generated value but the ticket number and the history's serial ids (which come from sequences). */
    private static String checksum(DataSource db) {
        return JdbcClient.create(db).sql("""
                        select md5(concat(
                          (select string_agg(t::text, '|' order by id) from (select id, subject, description,
                                  customer_id, priority, status, created_at, updated_at, channel, type, language,
                                  assignee_id, first_response_at, resolved_at, closed_at, reopen_count, escalated,
                                  first_response_breached, resolution_breached, repeat_of_id, tags from ticket) t),
                          (select string_agg(m::text, '|' order by id) from ticket_message m),
                          (select string_agg(concat(ticket_id, type, occurred_at, data, ticket_version), '|'
                                  order by ticket_id, ticket_version) from ticket_event),
                          (select string_agg(concat(id, kind, score, comment, received_at), '|' order by id)
                             from feedback_item),
                          (select string_agg(c::text, '|' order by id) from (select id, email, name, language
                             from customer) c)))""").query(String.class).single();
    }

    private static synchronized DataSource freshDatabase() {
        String name = "generated_" + ++databases;
        JdbcClient.create(postgres.getPostgresDatabase())
                .sql("create database " + name)
                .update();
        DataSource db = postgres.getDatabase("postgres", name);
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return db;
    }
}
