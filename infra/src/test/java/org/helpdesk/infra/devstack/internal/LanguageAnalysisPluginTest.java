package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageAnalysisPluginTest {

    private final LanguageAnalysisPlugin plugin = new LanguageAnalysisPlugin("8.19.21");

    @Test
    void descriptorDeclaresAStablePluginForTheServerVersion() throws IOException {
        Properties descriptor = new Properties();
        descriptor.load(new StringReader(plugin.descriptor()));

        assertThat(descriptor)
                .containsEntry("name", "helpdesk-language-analysis")
                .containsEntry("elasticsearch.version", "8.19.21")
                .containsEntry("java.version", "17")
                .containsKeys("version", "description")
                .doesNotContainKey("classname");
    }

    @Test
    void namedComponentsMapEachAnalyzerNameToItsFactory() {
        assertThat(plugin.namedComponents())
                .isEqualTo("{\"org.elasticsearch.plugin.analysis.AnalyzerFactory\":{"
                        + "\"bulgarian\":\"org.helpdesk.infra.elasticsearch.analysis.BulgarianAnalyzerFactory\","
                        + "\"english\":\"org.helpdesk.infra.elasticsearch.analysis.EnglishAnalyzerFactory\","
                        + "\"russian\":\"org.helpdesk.infra.elasticsearch.analysis.RussianAnalyzerFactory\"}}");
    }

    @Test
    void jarHoldsTheCompiledFactoriesOnly() throws IOException {
        assertThat(entries(plugin.jar()))
                .containsExactly(
                        "org/helpdesk/infra/elasticsearch/analysis/BulgarianAnalyzerFactory.class",
                        "org/helpdesk/infra/elasticsearch/analysis/EnglishAnalyzerFactory.class",
                        "org/helpdesk/infra/elasticsearch/analysis/RussianAnalyzerFactory.class");
    }

    @Test
    void zipHasThePluginFilesAtTheTopLevel(@TempDir Path folder) throws IOException {
        Path zip = folder.resolve("plugin.zip");

        plugin.writeZip(zip);

        assertThat(entries(Files.readAllBytes(zip)))
                .containsExactly(
                        "stable-plugin-descriptor.properties",
                        "named_components.json",
                        "helpdesk-language-analysis.jar");
    }

    @Test
    void fingerprintIsStableAndFollowsTheServerVersion() {
        assertThat(plugin.fingerprint())
                .hasSize(12)
                .isEqualTo(new LanguageAnalysisPlugin("8.19.21").fingerprint())
                .isNotEqualTo(new LanguageAnalysisPlugin("8.19.22").fingerprint());
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
