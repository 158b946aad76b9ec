package org.helpdesk.infra.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where a dev stack keeps its files and how big it is.
 *
 * @param dataDir the servers' data and logs; deleted on close unless {@code keepData}
 * @param cacheDir unpacked server distributions, shared by all stacks and kept across builds
 * @param keepData whether data survives {@link DevStack#close()} (local runs) or not (tests)
 * @param elasticsearchHeapMb Elasticsearch heap ({@code -Xms} and {@code -Xmx}) in MB
 * @param keycloak whether the stack also runs Keycloak (off by default: it costs 10-20 s and ~500 MB)
 */
public record DevStackSettings(
        Path dataDir, Path cacheDir, boolean keepData, int elasticsearchHeapMb, boolean keycloak) {

    public static final int DEFAULT_ELASTICSEARCH_HEAP_MB = 512;

    /** Overrides the cache folder, e.g. to point CI at a cached directory. */
    public static final String CACHE_DIR_ENV = "HELPDESK_CACHE_DIR";

    public DevStackSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(cacheDir, "cacheDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        cacheDir = cacheDir.toAbsolutePath().normalize();
        if (elasticsearchHeapMb < 128) {
            throw new IllegalArgumentException(
                    "elasticsearchHeapMb must be at least 128 (Elasticsearch does not start with less), was "
                            + elasticsearchHeapMb);
        }
    }

    /** Without Keycloak, as before it was part of the stack. */
    public DevStackSettings(Path dataDir, Path cacheDir, boolean keepData, int elasticsearchHeapMb) {
        this(dataDir, cacheDir, keepData, elasticsearchHeapMb, false);
    }

    /** Local run: data under ./.helpdesk/data (kept between runs), caches under ~/.cache/helpdesk; no Keycloak. */
    public static DevStackSettings localRun(Path workingDir) {
        return new DevStackSettings(
                workingDir.resolve(".helpdesk").resolve("data"),
                defaultCacheDir(),
                true,
                DEFAULT_ELASTICSEARCH_HEAP_MB);
    }

    /** Tests: fresh temporary data dir (deleted on close), shared cache under ~/.cache/helpdesk; no Keycloak. */
    public static DevStackSettings forTests() {
        try {
            Path dataDir = Files.createTempDirectory("helpdesk-devstack-");
            return new DevStackSettings(dataDir, defaultCacheDir(), false, DEFAULT_ELASTICSEARCH_HEAP_MB);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary data folder for the dev stack", e);
        }
    }

    public DevStackSettings withElasticsearchHeapMb(int heapMb) {
        return new DevStackSettings(dataDir, cacheDir, keepData, heapMb, keycloak);
    }

    /** With or without Keycloak, e.g. {@code DevStackSettings.forTests().withKeycloak(true)}. */
    public DevStackSettings withKeycloak(boolean enabled) {
        return new DevStackSettings(dataDir, cacheDir, keepData, elasticsearchHeapMb, enabled);
    }

    /** {@value #CACHE_DIR_ENV} if set, else {@code ~/.cache/helpdesk}. */
    public static Path defaultCacheDir() {
        return cacheDir(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path cacheDir(Map<String, String> environment, Path userHome) {
        String configured = environment.get(CACHE_DIR_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return userHome.resolve(".cache").resolve("helpdesk");
    }
}
