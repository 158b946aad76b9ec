package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One Keycloak server's own home folder, so that the cached distribution is never written to: {@code kc.sh} derives
 * the home (and with it {@code data/} and {@code data/import/}) from where the script lies, so the script is
 * copied here, and the read-only parts of the distribution ({@code lib}, {@code conf}, {@code providers},
 * {@code themes}) are symbolic links into the cache.
 *
 * @param dir holds {@code bin/kc.sh}, the links, {@code data/} and {@code logs/console.log}
 */
record KeycloakHome(Path dir, int httpPort) {

    static final String REALM_FILE = "helpdesk-realm.json";
    private static final List<String> LINKED = List.of("lib", "conf", "providers", "themes", "version.txt");

    // Inherited settings that would change Keycloak's build options (and make it rebuild into the cache), its
    // JVM options, or turn on debugging.
    private static final Set<String> REMOVED_NAMES = Set.of(
            "JAVA",
            "JAVA_HOME",
            "JAVA_OPTS",
            "JAVA_OPTS_APPEND",
            "JAVA_OPTS_KC_HEAP",
            "JAVA_ADD_OPENS",
            "JAVA_LOCALE",
            "DEBUG",
            "DEBUG_PORT",
            "DEBUG_SUSPEND",
            "PRINT_ENV");
    private static final List<String> REMOVED_PREFIXES = List.of("KC_", "KEYCLOAK_", "QUARKUS_");

    Path script() {
        return dir.resolve("bin").resolve("kc.sh");
    }

    Path dataDir() {
        return dir.resolve("data");
    }

    Path realmFile() {
        return dataDir().resolve("import").resolve(REALM_FILE);
    }

    Path consoleLog() {
        return dir.resolve("logs").resolve("console.log");
    }

    /** {@code http://localhost:PORT}: Keycloak's public URL, which is also in the tokens' issuer. */
    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Dev mode with the build options of the cached distribution, on loopback only, importing the realm. */
    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(KeycloakDistribution.BUILD_OPTIONS);
        command.add("--http-host=127.0.0.1");
        command.add("--http-port=" + httpPort);
        command.add("--hostname=" + baseUrl());
        command.add("--import-realm");
        return command;
    }

    /**
     * The Java to run on, and the JIT's first tier only: a dev server handles few requests, and without the
     * optimizing compiler a start takes half the CPU time (24 s instead of 45 s measured on two busy cores).
     */
    static Map<String, String> javaEnvironment(JavaRuntime java) {
        return Map.of("JAVA_HOME", java.home().toString(), "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
    }

    /** Inherited variables Keycloak must not see. */
    static Set<String> removedEnvironment(Map<String, String> inherited) {
        return inherited.keySet().stream()
                .filter(name -> REMOVED_NAMES.contains(name)
                        || REMOVED_PREFIXES.stream().anyMatch(name::startsWith))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Lays out the home for a start: the script and links to {@code distribution} (again each time, in case the
     * cached distribution changed) and an empty data folder, since {@code --db=dev-mem} keeps nothing anyway.
     */
    void prepare(Path distribution) throws IOException {
        FileTrees.deleteIfExists(dataDir());
        Files.createDirectories(realmFile().getParent());
        Files.createDirectories(consoleLog().getParent());
        Files.createDirectories(script().getParent());
        Files.copy(distribution.resolve("bin/kc.sh"), script(), StandardCopyOption.REPLACE_EXISTING);
        for (String name : LINKED) {
            Path link = dir.resolve(name);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, distribution.resolve(name));
        }
    }

    /** Writes the realm to import; readable by this user only, since it holds passwords. */
    void writeRealm(String json) throws IOException {
        Path file = realmFile();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, json);
    }

    /** Keycloak reads the realm only while starting; afterwards the passwords need not stay on disk. */
    void deleteRealm() throws IOException {
        Files.deleteIfExists(realmFile());
    }
}
