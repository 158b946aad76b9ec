package org.helpdesk.infra.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.helpdesk.infra.devstack.internal.EmbeddedPostgresServer;
import org.helpdesk.infra.devstack.internal.FileTrees;
import org.helpdesk.infra.devstack.internal.LocalElasticsearchNode;
import org.jspecify.annotations.Nullable;

/**
 * Real PostgreSQL and Elasticsearch servers for tests and local runs, started from Maven Central artifacts
 * without Docker. Servers are child processes of this JVM; {@link #close()} (or, failing that, a shutdown
 * hook) stops them.
 *
 * <pre>{@code
 * DevStack stack = DevStack.shared();                  // tests: one stack per JVM
 * String url = stack.postgres().jdbcUrl();
 * URI elasticsearch = stack.elasticsearch().httpUri();
 * }</pre>
 */
public final class DevStack implements AutoCloseable {

    private static @Nullable DevStack shared;
    private static @Nullable DevStackException sharedFailure;

    private final DevStackSettings settings;
    private final EmbeddedPostgresServer postgres;
    private final LocalElasticsearchNode elasticsearch;
    private boolean closed;

    private DevStack(DevStackSettings settings, EmbeddedPostgresServer postgres, LocalElasticsearchNode elasticsearch) {
        this.settings = settings;
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Starts PostgreSQL and Elasticsearch in parallel and returns when both are ready. Downloads and unpacks
     * what is missing from the cache first (once per machine).
     *
     * @throws DevStackException if a server cannot start; servers already started are stopped again
     */
    public static DevStack start(DevStackSettings settings) {
        createDataDir(settings);
        CompletableFuture<EmbeddedPostgresServer> postgres =
                CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(
                        settings.dataDir().resolve("postgres"), settings.cacheDir(), settings.keepData()));
        LocalElasticsearchNode elasticsearch;
        try {
            elasticsearch = LocalElasticsearchNode.start(
                    settings.dataDir().resolve("elasticsearch"), settings.cacheDir(), settings.elasticsearchHeapMb());
        } catch (RuntimeException e) {
            postgres.thenAccept(EmbeddedPostgresServer::close);
            throw e;
        }
        try {
            return new DevStack(settings, postgres.join(), elasticsearch);
        } catch (CompletionException e) {
            elasticsearch.stop();
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new DevStackException("PostgreSQL failed to start: " + e.getCause(), e.getCause());
        }
    }

    /**
     * One stack per JVM for tests, started on first call, closed by a shutdown hook. If it failed to start,
     * later calls fail at once with the same cause instead of waiting for another failing start.
     */
    public static synchronized DevStack shared() {
        if (sharedFailure != null) {
            throw new DevStackException("The shared dev stack failed to start earlier in this JVM", sharedFailure);
        }
        if (shared == null) {
            try {
                DevStack stack = start(DevStackSettings.forTests());
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "helpdesk-devstack-shutdown"));
                shared = stack;
            } catch (RuntimeException e) {
                sharedFailure = e instanceof DevStackException failure
                        ? failure
                        : new DevStackException("The shared dev stack failed to start: " + e, e);
                throw e;
            }
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    public DevStackSettings settings() {
        return settings;
    }

    /** Stops both servers and, unless {@link DevStackSettings#keepData()}, deletes their data. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
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
