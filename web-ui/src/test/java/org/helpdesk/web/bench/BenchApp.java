package org.helpdesk.web.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.HelpdeskApplication;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.DevStackSettings;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The dev-stack servers (data under {@code target/bench}, deleted at the end) and the app on them, in this JVM,
 * listening on loopback only. The app's start-up is timed from the call to the ready context, without the servers.
 */
final class BenchApp implements AutoCloseable {

    static final String INDEX_PREFIX = "bench";
    static final String PASSWORD = "bench-" + UUID.randomUUID();
    static final String QUALITY_MANAGER = "bench.quality";

    private final DevStack stack;
    private final ConfigurableApplicationContext context;
    private final double startSeconds;
    private final double stackSeconds;

    private BenchApp(DevStack stack, ConfigurableApplicationContext context, double stackSeconds, double startSeconds) {
        this.stack = stack;
        this.context = context;
        this.stackSeconds = stackSeconds;
        this.startSeconds = startSeconds;
    }

    static BenchApp start(List<String> extraProperties, Progress progress) {
        long t0 = System.nanoTime();
        DevStack stack = DevStack.start(new DevStackSettings(
                Path.of("target", "bench", "devstack"), DevStackSettings.defaultCacheDir(), false, 1024));
        double stackSeconds = (System.nanoTime() - t0) / 1e9;
        progress.line(
                "dev stack up in %.1f s: PostgreSQL %s, Elasticsearch %s",
                stackSeconds, stack.postgres().jdbcUrl(), stack.elasticsearch().httpUri());
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "spring.datasource.url=" + stack.postgres().jdbcUrl(),
                "spring.datasource.username=" + stack.postgres().username(),
                "spring.datasource.password=" + stack.postgres().password(),
                "helpdesk.search.uris=" + stack.elasticsearch().httpUri(),
                "helpdesk.search.index-prefix=" + INDEX_PREFIX,
                "spring.mail.host=" + stack.mail().host(),
                "spring.mail.port=" + stack.mail().smtpPort(),
                // The precomputed report durations are brought up to date soon after the load, not a minute later.
                "helpdesk.reporting.refresh-interval=2s",
                // Fifty agents sign in from 127.0.0.1 at once.
                "helpdesk.security.rate-limit.sign-in-per-minute=1000000",
                "helpdesk.security.rate-limit.public-per-minute=1000000"));
        properties.addAll(extraProperties);
        long t1 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HelpdeskApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        double startSeconds = (System.nanoTime() - t1) / 1e9;
        return new BenchApp(stack, context, stackSeconds, startSeconds);
    }

    double startSeconds() {
        return startSeconds;
    }

    double stackSeconds() {
        return stackSeconds;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port());
    }

    URI elasticsearch() {
        return stack.elasticsearch().httpUri();
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Accounts with {@link #PASSWORD} for the virtual agents (each in one of the generated teams, in turn) and a
     * quality manager for the dashboard; returns the agents' usernames.
     */
    List<String> createAccounts(int agents) {
        UserAccounts accounts = bean(UserAccounts.class);
        Teams teams = bean(Teams.class);
        String hash = bean(PasswordEncoder.class).encode(PASSWORD);
        accounts.createIfAbsent(QUALITY_MANAGER, "Bench Quality", hash, Set.of(Role.QUALITY_MANAGER));
        List<Team> all = teams.all();
        List<String> usernames = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            String username = "bench.agent%02d".formatted(i);
            accounts.createIfAbsent(username, "Bench Agent " + i, hash, Set.of(Role.AGENT));
            teams.addMember(all.get(i % all.size()).id(), username);
            usernames.add(username);
        }
        return usernames;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            stack.close();
        }
    }
}
