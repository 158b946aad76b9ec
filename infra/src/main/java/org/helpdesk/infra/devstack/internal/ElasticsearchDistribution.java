package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch integ-test-zip from Maven Central, unpacked once into the cache with the language analysis
 * plugin installed. The cache folder is named after the version and the plugin's fingerprint.
 */
final class ElasticsearchDistribution {

    private static final Duration PLUGIN_INSTALL_TIMEOUT = Duration.ofMinutes(2);

    private ElasticsearchDistribution() {}

    static MavenArtifact artifact(String version) {
        return new MavenArtifact("org.elasticsearch.distribution.integ-test-zip", "elasticsearch", version, "zip", "");
    }

    /** The home folder of a ready-to-run distribution (resolved, unpacked and with the plugin, as needed). */
    static Path prepare(ArtifactResolver resolver, DistributionCache cache, JavaRuntime java) {
        String version = ServerVersions.elasticsearch();
        LanguageAnalysisPlugin plugin = new LanguageAnalysisPlugin(version);
        String name = "elasticsearch-" + version + "-" + plugin.fingerprint();
        // Once unpacked, the zip is not needed: the cache also works after the local repository was cleaned.
        return cache.find(name).orElseGet(() -> {
            Path zip = resolver.resolve(artifact(version));
            return cache.unpack(zip, name, home -> installPlugin(home, plugin, java));
        });
    }

    /**
     * Runs {@code elasticsearch-plugin install} as this user: unlike the server, the plugin tool accepts root
     * (package installs run it with sudo), and the files it writes must belong to the cache's owner.
     */
    static void installPlugin(Path home, LanguageAnalysisPlugin plugin, JavaRuntime java) throws IOException {
        Path zip = Files.createTempFile(home, LanguageAnalysisPlugin.NAME, ".zip");
        try {
            plugin.writeZip(zip);
            ProcessRun install = ProcessRun.of(
                    List.of(
                            home.resolve("bin/elasticsearch-plugin").toString(),
                            "install",
                            "--batch",
                            zip.toUri().toString()),
                    Map.of(
                            "ES_JAVA_HOME",
                            java.home().toString(),
                            "ES_PATH_CONF",
                            home.resolve("config").toString()),
                    home,
                    PLUGIN_INSTALL_TIMEOUT);
            if (!install.succeeded()) {
                throw new IOException("installing the " + LanguageAnalysisPlugin.NAME + " plugin failed (exit "
                        + install.exitCode() + ", Java " + java.home() + "):" + System.lineSeparator()
                        + install.output());
            }
        } finally {
            Files.deleteIfExists(zip);
        }
    }
}
