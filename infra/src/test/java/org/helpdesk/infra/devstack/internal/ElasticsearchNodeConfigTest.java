package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchNodeConfigTest {

    @TempDir
    Path folder;

    @Test
    void settingsDescribeAPrivateSingleNodeWithoutSecurity() {
        ElasticsearchNodeConfig config = new ElasticsearchNodeConfig(Path.of("/data/es"), 19200, 19300, 512);

        assertThat(config.settings())
                .contains(
                        "discovery.type: single-node",
                        "network.host: 127.0.0.1",
                        "http.port: 19200",
                        "transport.port: 19300",
                        "path.data: \"/data/es/data\"",
                        "path.logs: \"/data/es/logs\"",
                        "xpack.security.enabled: false",
                        "cluster.routing.allocation.disk.threshold_enabled: false",
                        "xpack.ml.enabled: false");
        assertThat(config.jvmOptions()).containsExactly("-Xms512m", "-Xmx512m");
    }

    @Test
    void writesItsOwnConfigFolderAndLeavesTheDistributionUntouched() throws IOException {
        Path home = distributionWithDefaultConfig();
        ElasticsearchNodeConfig config = new ElasticsearchNodeConfig(folder.resolve("node"), 19200, 19300, 256);

        config.write(home);

        assertThat(config.configDir().resolve("log4j2.properties")).hasContent("defaults");
        assertThat(config.configDir().resolve("elasticsearch.yml")).content().contains("http.port: 19200");
        assertThat(config.configDir().resolve("jvm.options.d/helpdesk-heap.options"))
                .content()
                .contains("-Xmx256m");
        assertThat(home.resolve("config/elasticsearch.yml")).hasContent("# distribution default");
        assertThat(config.dataDir()).isDirectory();
        assertThat(config.tmpDir()).isDirectory();
    }

    @Test
    void rewritesPortsButKeepsWhatTheNodeAddedToItsConfigFolder() throws IOException {
        Path home = distributionWithDefaultConfig();
        new ElasticsearchNodeConfig(folder.resolve("node"), 19200, 19300, 512).write(home);
        Path keystore = folder.resolve("node/config/elasticsearch.keystore");
        Files.writeString(keystore, "secret");

        ElasticsearchNodeConfig restarted = new ElasticsearchNodeConfig(folder.resolve("node"), 29200, 29300, 512);
        restarted.write(home);

        assertThat(keystore).hasContent("secret");
        assertThat(restarted.configDir().resolve("elasticsearch.yml"))
                .content()
                .contains("http.port: 29200")
                .doesNotContain("19200");
    }

    private Path distributionWithDefaultConfig() throws IOException {
        Path home = folder.resolve("elasticsearch-8.19.21");
        Path config =
                Files.createDirectories(home.resolve("config/jvm.options.d")).getParent();
        Files.writeString(config.resolve("elasticsearch.yml"), "# distribution default");
        Files.writeString(config.resolve("log4j2.properties"), "defaults");
        return home;
    }
}
