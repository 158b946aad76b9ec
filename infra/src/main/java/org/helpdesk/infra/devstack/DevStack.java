package org.helpdesk.infra.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.helpdesk.infra.devstack.internal.EmbeddedPostgresServer;
import org.helpdesk.infra.devstack.internal.FileTrees;
import org.helpdesk.infra.devstack.internal.LocalElasticsearchNode;
import org.helpdesk.infra.devstack.internal.LocalKeycloakServer;
import org.helpdesk.infra.devstack.internal.LocalMailServer;
import org.jspecify.annotations.Nullable;

/**
 * Real PostgreSQL and Elasticsearch servers, an SMTP/IMAP mail server, and optionally Keycloak, for tests and local runs, started from Maven
 * Central artifacts without Docker. Servers are child processes of this JVM; {@link #close()} (or, failing that, a
 * shutdown hook) stops them.
 *
 * <pre>{@code
 * DevStack stack = DevStack.shared();                  // tests: one stack per JVM
 * String url = stack.postgres().jdbcUrl();
 * URI elasticsearch = stack.elasticsearch().httpUri();
 * URI issuer = DevStack.sharedWithKeycloak().keycloak().orElseThrow().issuerUri(); // the same stack, plus Keycloak
 * }</pre>
 */
public final class DevStack implements AutoCloseable {

    private static @Nullable DevStack shared;
    private static @Nullable DevStackException sharedFailure;

    private final EmbeddedPostgresServer postgres;
    private final LocalElasticsearchNode elasticsearch;
    private final LocalMailServer mail;
    private DevStackSettings settings;
    private @Nullable LocalKeycloakServer keycloak;
    private @Nullable DevStackException keycloakFailure;
    private boolean closed;

    private DevStack(
            DevStackSettings settings,
            EmbeddedPostgresServer postgres,
            LocalElasticsearchNode elasticsearch,
            LocalMailServer mail,
            @Nullable LocalKeycloakServer keycloak) {
        this.settings = settings;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.mail = mail;
        this.keycloak = keycloak;
    }

    /**
     * Starts PostgreSQL, Elasticsearch and, if {@link DevStackSettings#keycloak()}, Keycloak in parallel and returns
     * when all are ready. Downloads and unpacks what is missing from the cache first (once per machine).
     *
     * @throws DevStackException if a server cannot start; servers already started are stopped again
     */
    public static DevStack start(DevStackSettings settings) {
        createDataDir(settings);
        CompletableFuture<EmbeddedPostgresServer> postgres = inParallel(() -> EmbeddedPostgresServer.start(
                settings.dataDir().resolve("postgres"), settings.cacheDir(), settings.keepData()));
        CompletableFuture<@Nullable LocalKeycloakServer> keycloak = settings.keycloak()
                ? inParallel(() -> startKeycloak(settings))
                : CompletableFuture.completedFuture(null);
        LocalElasticsearchNode elasticsearch = null;
        List<RuntimeException> failures = new ArrayList<>();
        try {
            elasticsearch = LocalElasticsearchNode.start(
                    settings.dataDir().resolve("elasticsearch"), settings.cacheDir(), settings.elasticsearchHeapMb());
        } catch (RuntimeException e) {
            failures.add(e);
        }
        EmbeddedPostgresServer startedPostgres = await(postgres, "PostgreSQL", failures);
        LocalKeycloakServer startedKeycloak = await(keycloak, "Keycloak", failures);
        LocalMailServer mail = null;
        if (failures.isEmpty()) {
            try {
                mail = LocalMailServer.launch();
            } catch (RuntimeException e) {
                failures.add(new DevStackException("The mail server failed to start: " + e, e));
            }
        }
        if (failures.isEmpty() && elasticsearch != null && startedPostgres != null && mail != null) {
            return new DevStack(settings, startedPostgres, elasticsearch, mail, startedKeycloak);
        }
        // Stop what did start; the first failure is the one to report.
        List<RuntimeException> ignored = new ArrayList<>();
        if (startedKeycloak != null) {
            runCollecting(startedKeycloak::stop, ignored);
        }
        if (elasticsearch != null) {
            runCollecting(elasticsearch::stop, ignored);
        }
        if (startedPostgres != null) {
            runCollecting(startedPostgres::close, ignored);
        }
        RuntimeException failure = failures.get(0);
        failures.stream().skip(1).forEach(failure::addSuppressed);
        throw failure;
    }

    /**
     * One stack per JVM for tests, started on first call, closed by a shutdown hook. If it failed to start,
     * later calls fail at once with the same cause instead of waiting for another failing start. Has Keycloak if
     * {@link #sharedWithKeycloak()} was called before.
     */
    public static synchronized DevStack shared() {
        return shared(false);
    }

    /**
     * The {@link #shared()} stack with Keycloak: started with it on first call, or Keycloak is added to the shared
     * stack that is already running. There is still only one stack per JVM.
     *
     * @throws DevStackException if the stack or Keycloak cannot start (and at once on later calls if they failed
     *     before)
     */
    public static synchronized DevStack sharedWithKeycloak() {
        return shared(true);
    }

    private static DevStack shared(boolean withKeycloak) {
        if (sharedFailure != null) {
            throw new DevStackException("The shared dev stack failed to start earlier in this JVM", sharedFailure);
        }
        DevStack stack = shared;
        if (stack == null) {
            stack = startShared(DevStackSettings.forTests().withKeycloak(withKeycloak));
        } else if (withKeycloak) {
            stack.addKeycloak();
        }
        return stack;
    }

    private static DevStack startShared(DevStackSettings settings) {
        try {
            DevStack stack = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "helpdesk-devstack-shutdown"));
            shared = stack;
            return stack;
        } catch (RuntimeException e) {
            sharedFailure = asDevStackException("The shared dev stack failed to start", e);
            throw e;
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    /** SMTP and IMAP for the channels: where the app sends mail and the mailboxes it polls. */
    public MailServer mail() {
        return mail;
    }

    /** Keycloak, if this stack runs it ({@link DevStackSettings#keycloak()}, {@link #sharedWithKeycloak()}). */
    public synchronized Optional<KeycloakServer> keycloak() {
        return Optional.ofNullable(keycloak);
    }

    /** The settings the stack runs with; {@code keycloak()} is true once Keycloak was added to it. */
    public synchronized DevStackSettings settings() {
        return settings;
    }

    /** Stops all servers and, unless {@link DevStackSettings#keepData()}, deletes their data. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        if (keycloak != null) {
            runCollecting(keycloak::stop, failures);
        }
        runCollecting(mail::stop, failures);
        runCollecting(elasticsearch::stop, failures);
        runCollecting(postgres::close, failures);
        if (!settings.keepData()) {
            runCollecting(this::deleteData, failures);
        }
        if (!failures.isEmpty()) {
            DevStackException failure = new DevStackException("Closing the dev stack failed", failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /** Starts Keycloak next to the running servers, once; a failure is remembered like the shared stack's. */
    private synchronized void addKeycloak() {
        if (closed) {
            throw new DevStackException("The dev stack is closed");
        }
        if (keycloakFailure != null) {
            throw new DevStackException("Keycloak failed to start earlier in this JVM", keycloakFailure);
        }
        if (keycloak != null) {
            return;
        }
        try {
            keycloak = startKeycloak(settings);
            settings = settings.withKeycloak(true);
        } catch (RuntimeException e) {
            keycloakFailure = asDevStackException("Keycloak failed to start", e);
            throw e;
        }
    }

    private static LocalKeycloakServer startKeycloak(DevStackSettings settings) {
        return LocalKeycloakServer.start(settings.dataDir().resolve("keycloak"), settings.cacheDir());
    }

    /** Runs a start on a thread of its own: the common pool has a single thread on two cores. */
    private static <T> CompletableFuture<T> inParallel(Supplier<T> start) {
        Executor ownThread = task -> {
            Thread thread = new Thread(task, "helpdesk-devstack-start");
            thread.setDaemon(true);
            thread.start();
        };
        return CompletableFuture.supplyAsync(start, ownThread);
    }

    private static <T> @Nullable T await(CompletableFuture<T> start, String server, List<RuntimeException> failures) {
        try {
            return start.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failures.add(
                    cause instanceof RuntimeException runtime
                            ? runtime
                            : new DevStackException(server + " failed to start: " + cause, cause));
            return null;
        }
    }

    private static DevStackException asDevStackException(String message, RuntimeException e) {
        return e instanceof DevStackException failure ? failure : new DevStackException(message + ": " + e, e);
    }

    private void deleteData() {
        try {
            FileTrees.deleteIfExists(settings.dataDir());
        } catch (IOException e) {
            throw new DevStackException("Cannot delete the dev stack's data in " + settings.dataDir(), e);
        }
    }

    private static void runCollecting(Runnable step, List<RuntimeException> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private static void createDataDir(DevStackSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
            Files.createDirectories(settings.cacheDir());
        } catch (IOException e) {
            throw new DevStackException(
                    "Cannot create the dev stack's folders " + settings.dataDir() + " and " + settings.cacheDir(), e);
        }
    }
}
