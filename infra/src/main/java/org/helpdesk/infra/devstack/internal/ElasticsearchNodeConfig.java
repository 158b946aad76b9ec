package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * One node's configuration and folders. The node gets its own config folder ({@code ES_PATH_CONF}), so the
 * cached distribution is never written to and can be shared by every node on the machine.
 *
 * @param nodeDir holds {@code config}, {@code data}, {@code logs} and {@code tmp}
 */
record ElasticsearchNodeConfig(Path nodeDir, int httpPort, int transportPort, int heapMb) {

    Path configDir() {
        return nodeDir.resolve("config");
    }

    Path dataDir() {
        return nodeDir.resolve("data");
    }

    Path logsDir() {
        return nodeDir.resolve("logs");
    }

    Path tmpDir() {
        return nodeDir.resolve("tmp");
    }

    Path consoleLog() {
        return logsDir().resolve("console.log");
    }

    /** {@code elasticsearch.yml}: a private single node without security, fit for small disks. */
    List<String> settings() {
        return List.of(
                "cluster.name: helpdesk-dev",
                "node.name: helpdesk-dev",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + httpPort,
                "transport.port: " + transportPort,
                "path.data: " + yamlString(dataDir()),
                "path.logs: " + yamlString(logsDir()),
                "xpack.security.enabled: false",
                // Without these, a nearly full disk turns indices read-only and ML reserves memory for nothing.
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "xpack.ml.enabled: false");
    }

    List<String> jvmOptions() {
        return List.of("-Xms" + heapMb + "m", "-Xmx" + heapMb + "m");
    }

    /**
     * Writes the config folder: the distribution's defaults once (Elasticsearch keeps its keystore there),
     * then this node's settings on every start, since ports change between local runs.
     */
    void write(Path distributionHome) throws IOException {
        for (Path folder : List.of(dataDir(), logsDir(), tmpDir())) {
            Files.createDirectories(folder);
        }
        if (!Files.isDirectory(configDir())) {
            copyTree(distributionHome.resolve("config"), configDir());
        }
        Files.write(configDir().resolve("elasticsearch.yml"), settings());
        Path jvmOptionsDir = Files.createDirectories(configDir().resolve("jvm.options.d"));
        Files.write(jvmOptionsDir.resolve("helpdesk-heap.options"), jvmOptions());
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> tree = Files.walk(source)) {
            for (Path path : tree.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String yamlString(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
