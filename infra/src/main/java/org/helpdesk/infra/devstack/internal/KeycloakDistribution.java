package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak Quarkus distribution from Maven Central, unpacked once into the cache and already built for
 * {@code start-dev --db=dev-mem}.
 *
 * <p>Keycloak "builds" (re-augments) itself into {@code lib/quarkus} on the first start with new build options,
 * which takes longer than a start. Doing that during the unpack, under the cache's lock, means that servers never
 * write into the shared cache and two JVMs never rebuild the same folder at once.
 */
final class KeycloakDistribution {

    /** Build options baked into the cached distribution; servers must start with the same ones. */
    static final List<String> BUILD_OPTIONS = List.of("start-dev", "--db=dev-mem");

    // Augmenting and one start without realms; slow machines under load need minutes.
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final String PERSISTED_BUILD = "META-INF/keycloak-persisted.properties";

    private KeycloakDistribution() {}

    static MavenArtifact artifact(String version) {
        return new MavenArtifact("org.keycloak", "keycloak-quarkus-dist", version, "zip", "");
    }

    /** The home folder of a distribution that is unpacked and built for the dev mode (as needed, once). */
    static Path prepare(ArtifactResolver resolver, DistributionCache cache, JavaRuntime java) {
        String version = ServerVersions.keycloak();
        String name = "keycloak-" + version + "-dev-mem";
        return cache.find(name).orElseGet(() -> {
            Path zip = resolver.resolve(artifact(version));
            return cache.unpack(zip, name, home -> build(home, java));
        });
    }

    /**
     * Starts the server once in dev mode and lets it exit before its bootstrap (no realms, no admin): the first
     * start after unpacking re-augments, and {@code kc.launch.mode=exit_before_bootstrap} ends the run right after.
     */
    static void build(Path home, JavaRuntime java) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.addAll(BUILD_OPTIONS);
        command.addAll(List.of(
                "--http-host=127.0.0.1", "--http-port=" + FreePort.find(), "-Dkc.launch.mode=exit_before_bootstrap"));
        ProcessRun run = ProcessRun.of(
                command,
                KeycloakHome.javaEnvironment(java),
                KeycloakHome.removedEnvironment(System.getenv()),
                home,
                BUILD_TIMEOUT);
        if (!run.succeeded()) {
            throw new IOException("building Keycloak for the dev mode failed (exit " + run.exitCode() + ", Java "
                    + java.home() + "):" + System.lineSeparator() + tail(run.output()));
        }
        requireBuiltForDevMem(home);
        // The run left transaction logs behind; each server gets its own data folder.
        FileTrees.deleteIfExists(home.resolve("data"));
    }

    /** Fails unless the persisted build options are the ones servers start with, so they never rebuild. */
    static void requireBuiltForDevMem(Path home) throws IOException {
        Properties persisted = persistedBuildOptions(home);
        if (!"dev-mem".equals(persisted.getProperty("kc.db")) || !"dev".equals(persisted.getProperty("kc.profile"))) {
            throw new IOException("Keycloak in " + home + " was not built for start-dev --db=dev-mem: " + persisted);
        }
    }

    static Properties persistedBuildOptions(Path home) throws IOException {
        Properties persisted = new Properties();
        Path generated = home.resolve("lib/quarkus/generated-bytecode.jar");
        try (ZipFile jar = new ZipFile(generated.toFile())) {
            ZipEntry entry = jar.getEntry(PERSISTED_BUILD);
            if (entry != null) {
                try (InputStream in = jar.getInputStream(entry)) {
                    persisted.load(in);
                }
            }
        }
        return persisted;
    }

    private static String tail(String output) {
        String[] lines = output.split("\\R");
        int from = Math.max(0, lines.length - ServerProcess.LOG_TAIL_LINES);
        return String.join(System.lineSeparator(), Arrays.asList(lines).subList(from, lines.length));
    }
}
