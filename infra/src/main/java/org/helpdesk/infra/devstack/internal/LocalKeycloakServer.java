package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStackException;
import org.helpdesk.infra.devstack.KeycloakServer;
import org.jspecify.annotations.Nullable;

/** A Keycloak server run as a child process from its own home folder, which links to the cached distribution. */
public final class LocalKeycloakServer implements KeycloakServer {

    /**
     * Generous: a start takes 10-20 s on an idle 2-core machine, 45 s with other builds running, and 170 s was seen
     * next to Elasticsearch at a load of 20. A broken server exits early and fails at once anyway.
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    static final String ADMIN_USERNAME = "admin";
    private static final System.Logger LOG = System.getLogger(LocalKeycloakServer.class.getName());

    private final Path distribution;
    private final JavaRuntime java;
    private final KeycloakHome home;
    private final DevRealm realm;
    private final String adminPassword;
    private @Nullable ServerProcess process;

    private LocalKeycloakServer(Path distribution, JavaRuntime java, KeycloakHome home, DevRealm realm) {
        this.distribution = distribution;
        this.java = java;
        this.home = home;
        this.realm = realm;
        this.adminPassword = DevRealm.randomSecret();
    }

    /**
     * Prepares a server with its home under {@code serverDir} (distribution from {@code cacheDir}, a free port,
     * fresh secrets) and starts it.
     */
    public static LocalKeycloakServer start(Path serverDir, Path cacheDir) {
        JavaRuntime java = ServerJava.KEYCLOAK.select();
        Path distribution =
                KeycloakDistribution.prepare(ArtifactResolver.fromEnvironment(), new DistributionCache(cacheDir), java);
        LocalKeycloakServer server = new LocalKeycloakServer(
                distribution, java, new KeycloakHome(serverDir, FreePort.find()), DevRealm.withRandomSecrets());
        server.start();
        return server;
    }

    @Override
    public URI baseUri() {
        return URI.create(home.baseUrl());
    }

    @Override
    public String realm() {
        return REALM;
    }

    @Override
    public URI issuerUri() {
        return URI.create(home.baseUrl() + "/realms/" + REALM);
    }

    @Override
    public String adminUsername() {
        return ADMIN_USERNAME;
    }

    @Override
    public String adminPassword() {
        return adminPassword;
    }

    @Override
    public String clientSecret() {
        return realm.webClientSecret();
    }

    @Override
    public String userPassword(String username) {
        String password = realm.userPasswords().get(username);
        if (password == null) {
            throw new IllegalArgumentException("No demo user '" + username + "'; there are "
                    + realm.userPasswords().keySet());
        }
        return password;
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (FreePort.isTaken(home.httpPort())) {
            throw new DevStackException("Cannot start Keycloak: port " + home.httpPort() + " on 127.0.0.1 is taken,"
                    + " maybe by a server left over from a crashed run (find it with: ss -ltnp 'sport = :"
                    + home.httpPort() + "')");
        }
        prepareHome();
        long started = System.nanoTime();
        ServerProcess starting = ServerProcess.start(launch());
        process = starting;
        try {
            // Poll on the address Keycloak listens on; "localhost" may resolve to ::1 first.
            starting.awaitReady(
                    URI.create("http://127.0.0.1:" + home.httpPort() + "/realms/" + REALM
                            + "/.well-known/openid-configuration"),
                    START_TIMEOUT);
        } finally {
            deleteRealmFile();
        }
        LOG.log(
                System.Logger.Level.INFO,
                "Keycloak ready at {0} in {1} ms (Java {2})",
                baseUri(),
                (System.nanoTime() - started) / 1_000_000,
                java.featureVersion());
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void prepareHome() {
        try {
            home.prepare(distribution);
            home.writeRealm(realm.importJson());
        } catch (IOException e) {
            throw new DevStackException("Cannot write the Keycloak server's files under " + home.dir(), e);
        }
    }

    private void deleteRealmFile() {
        try {
            home.deleteRealm();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete {0}: {1}", home.realmFile(), e.getMessage());
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(KeycloakHome.javaEnvironment(java));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        return environment;
    }

    private ServerLaunch launch() {
        return new ServerLaunch(
                "Keycloak",
                home.command(),
                environment(),
                KeycloakHome.removedEnvironment(System.getenv()),
                home.dir(),
                home.consoleLog());
    }
}
