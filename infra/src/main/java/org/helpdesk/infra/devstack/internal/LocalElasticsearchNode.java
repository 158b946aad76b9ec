package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.infra.devstack.DevStackException;
import org.helpdesk.infra.devstack.ElasticsearchNode;
import org.jspecify.annotations.Nullable;

/** An Elasticsearch node run as a child process from the cached distribution. */
public final class LocalElasticsearchNode implements ElasticsearchNode {

    /** 30-40 s under load are usual; with Keycloak starting alongside on a crowded machine, over 120 s was seen. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final System.Logger LOG = System.getLogger(LocalElasticsearchNode.class.getName());

    // Inherited settings that would override ours or only produce warnings in the server's output.
    private static final Set<String> REMOVED_ENVIRONMENT =
            Set.of("ES_JAVA_OPTS", "ES_HOME", "CLI_JAVA_OPTS", "JAVA_HOME", "JAVA_OPTS");

    private final Path home;
    private final JavaRuntime java;
    private final PrivilegeDrop privilegeDrop;
    private final ElasticsearchNodeConfig config;
    private @Nullable ServerProcess process;

    private LocalElasticsearchNode(
            Path home, JavaRuntime java, PrivilegeDrop privilegeDrop, ElasticsearchNodeConfig config) {
        this.home = home;
        this.java = java;
        this.privilegeDrop = privilegeDrop;
        this.config = config;
    }

    /**
     * Prepares a node with its files under {@code nodeDir} (distribution from {@code cacheDir}, free ports)
     * and starts it.
     */
    public static LocalElasticsearchNode start(Path nodeDir, Path cacheDir, int heapMb) {
        JavaRuntime java = ServerJava.ELASTICSEARCH.select();
        Path home = ElasticsearchDistribution.prepare(
                ArtifactResolver.fromEnvironment(), new DistributionCache(cacheDir), java);
        int httpPort = FreePort.find();
        int transportPort = FreePort.find();
        while (transportPort == httpPort) {
            transportPort = FreePort.find();
        }
        PrivilegeDrop privilegeDrop = PrivilegeDrop.forCurrentUser(cacheDir);
        LocalElasticsearchNode node = new LocalElasticsearchNode(
                home, java, privilegeDrop, new ElasticsearchNodeConfig(nodeDir, httpPort, transportPort, heapMb));
        node.start();
        return node;
    }

    @Override
    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + config.httpPort());
    }

    @Override
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        requirePortsFree();
        prepareFiles();
        long started = System.nanoTime();
        ServerProcess starting = ServerProcess.start(launch());
        process = starting;
        starting.awaitReady(httpUri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"), START_TIMEOUT);
        LOG.log(
                System.Logger.Level.INFO,
                "Elasticsearch ready at {0} in {1} ms (Java {2}, {3})",
                httpUri(),
                (System.nanoTime() - started) / 1_000_000,
                java.featureVersion(),
                privilegeDrop.describe());
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

    private void requirePortsFree() {
        for (int port : List.of(config.httpPort(), config.transportPort())) {
            if (FreePort.isTaken(port)) {
                throw new DevStackException("Cannot start Elasticsearch: port " + port + " on 127.0.0.1 is taken,"
                        + " maybe by a server left over from a crashed run (find it with: ss -ltnp 'sport = :" + port
                        + "')");
            }
        }
    }

    private void prepareFiles() {
        try {
            config.write(home);
            privilegeDrop.grantWriteAccess(config.nodeDir());
        } catch (IOException e) {
            throw new DevStackException("Cannot write the Elasticsearch node's files under " + config.nodeDir(), e);
        }
        String problem = privilegeDrop.checkAccess(home.resolve("bin/elasticsearch"), config.dataDir());
        if (!problem.isEmpty()) {
            throw new DevStackException("Cannot run Elasticsearch " + privilegeDrop.describe() + ": " + problem
                    + ". Put HELPDESK_CACHE_DIR and the data folder where that user can reach them.");
        }
    }

    private ServerLaunch launch() {
        return new ServerLaunch(
                "Elasticsearch",
                privilegeDrop.wrap(List.of(home.resolve("bin/elasticsearch").toString())),
                Map.of(
                        "ES_JAVA_HOME", java.home().toString(),
                        "ES_PATH_CONF", config.configDir().toString(),
                        "ES_TMPDIR", config.tmpDir().toString()),
                REMOVED_ENVIRONMENT,
                config.nodeDir(),
                config.consoleLog());
    }
}
