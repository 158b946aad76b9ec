package org.helpdesk.infra.devstack.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Elasticsearch stable plugin that adds the {@code russian}, {@code bulgarian} and {@code english}
 * analyzers, assembled from the compiled classes of {@code org.helpdesk.infra.elasticsearch.analysis}.
 *
 * <p>The classes are read as resources, never loaded here (their Elasticsearch and Lucene dependencies are
 * absent outside Elasticsearch), so this works from any classpath, including a Spring Boot fat jar.
 */
final class LanguageAnalysisPlugin {

    static final String NAME = "helpdesk-language-analysis";
    static final String ANALYZER_FACTORY = "org.elasticsearch.plugin.analysis.AnalyzerFactory";
    private static final String PACKAGE = "org.helpdesk.infra.elasticsearch.analysis";

    /** Analyzer name to factory class; the names Elasticsearch's own analysis-common module uses. */
    static final Map<String, String> ANALYZERS = analyzers();

    // A fixed local entry time makes the same classes give the same bytes (and fingerprint) in any time zone.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final String elasticsearchVersion;

    LanguageAnalysisPlugin(String elasticsearchVersion) {
        this.elasticsearchVersion = elasticsearchVersion;
    }

    private static Map<String, String> analyzers() {
        Map<String, String> analyzers = new LinkedHashMap<>();
        analyzers.put("russian", PACKAGE + ".RussianAnalyzerFactory");
        analyzers.put("bulgarian", PACKAGE + ".BulgarianAnalyzerFactory");
        analyzers.put("english", PACKAGE + ".EnglishAnalyzerFactory");
        return Map.copyOf(analyzers);
    }

    /** {@code stable-plugin-descriptor.properties}: no {@code classname}, which marks a stable plugin. */
    String descriptor() {
        return String.join(
                "\n",
                "name=" + NAME,
                "description=Russian, Bulgarian and English analyzers from Lucene, for distributions without"
                        + " analysis-common",
                "version=1.0",
                "elasticsearch.version=" + elasticsearchVersion,
                "java.version=17",
                "");
    }

    /** {@code named_components.json}: which class implements which named analyzer. */
    String namedComponents() {
        String components = ANALYZERS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(analyzer -> "\"" + analyzer.getKey() + "\":\"" + analyzer.getValue() + "\"")
                .collect(Collectors.joining(","));
        return "{\"" + ANALYZER_FACTORY + "\":{" + components + "}}";
    }

    /** The plugin jar: the factory class files. */
    byte[] jar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            for (String className : ANALYZERS.values().stream().sorted().toList()) {
                String path = className.replace('.', '/') + ".class";
                write(jar, path, classFile(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the installable plugin zip: descriptor, named components and jar at the top level. */
    void writeZip(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            write(zip, "stable-plugin-descriptor.properties", descriptor().getBytes(StandardCharsets.UTF_8));
            write(zip, "named_components.json", namedComponents().getBytes(StandardCharsets.UTF_8));
            write(zip, NAME + ".jar", jar());
        }
    }

    /** Short hash of everything installed, so a changed plugin gets a fresh cached distribution. */
    String fingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(descriptor().getBytes(StandardCharsets.UTF_8));
            sha256.update(namedComponents().getBytes(StandardCharsets.UTF_8));
            sha256.update(jar());
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static byte[] classFile(String path) throws IOException {
        try (InputStream in = LanguageAnalysisPlugin.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the classpath; the infra jar is incomplete");
            }
            return in.readAllBytes();
        }
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
