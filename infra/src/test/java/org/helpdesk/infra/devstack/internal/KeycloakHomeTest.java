package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakHomeTest {

    @TempDir
    Path folder;

    @Test
    void startsInDevModeWithTheCachedBuildOptionsOnLoopbackWithALocalhostIssuer() {
        KeycloakHome home = new KeycloakHome(folder.resolve("keycloak"), 12345);

        assertThat(home.command())
                .containsExactly(
                        folder.resolve("keycloak/bin/kc.sh").toString(),
                        "start-dev",
                        "--db=dev-mem",
                        "--http-host=127.0.0.1",
                        "--http-port=12345",
                        "--hostname=http://localhost:12345",
                        "--import-realm");
    }

    @Test
    void inheritedKeycloakAndJvmSettingsAreRemoved() {
        Map<String, String> inherited = Map.of(
                "PATH", "/usr/bin",
                "HOME", "/root",
                "KC_DB", "postgres",
                "KC_FEATURES", "preview",
                "KEYCLOAK_ADMIN", "admin",
                "QUARKUS_PROFILE", "prod",
                "JAVA_OPTS", "-Xmx8g",
                "JAVA_OPTS_APPEND", "-Dx=y",
                "DEBUG", "true");

        assertThat(KeycloakHome.removedEnvironment(inherited))
                .containsExactlyInAnyOrder(
                        "KC_DB",
                        "KC_FEATURES",
                        "KEYCLOAK_ADMIN",
                        "QUARKUS_PROFILE",
                        "JAVA_OPTS",
                        "JAVA_OPTS_APPEND",
                        "DEBUG");
    }

    @Test
    void homeHasItsOwnScriptAndDataAndLinksToTheDistribution() throws IOException {
        Path distribution = fakeDistribution();
        KeycloakHome home = new KeycloakHome(folder.resolve("keycloak"), 12345);

        home.prepare(distribution);

        assertThat(home.script()).isExecutable().hasSameTextualContentAs(distribution.resolve("bin/kc.sh"));
        assertThat(Files.isSymbolicLink(home.script())).isFalse();
        assertThat(Files.readSymbolicLink(home.dir().resolve("lib"))).isEqualTo(distribution.resolve("lib"));
        assertThat(home.dir().resolve("lib/quarkus-run.jar")).exists();
        assertThat(home.realmFile().getParent()).isEmptyDirectory();
    }

    @Test
    void preparingAgainStartsWithFreshDataAndRelinksToTheCurrentDistribution() throws IOException {
        KeycloakHome home = new KeycloakHome(folder.resolve("keycloak"), 12345);
        home.prepare(fakeDistribution());
        Files.createDirectories(home.dataDir().resolve("transaction-logs"));
        Path newer = Files.createDirectories(folder.resolve("newer"));
        copyTree(fakeDistribution(), newer);

        home.prepare(newer);

        assertThat(home.dataDir().resolve("transaction-logs")).doesNotExist();
        assertThat(Files.readSymbolicLink(home.dir().resolve("lib"))).isEqualTo(newer.resolve("lib"));
    }

    @Test
    void realmFileIsPrivateAndDeletingTheHomeLeavesTheCacheAlone() throws IOException {
        Path distribution = fakeDistribution();
        KeycloakHome home = new KeycloakHome(folder.resolve("keycloak"), 12345);
        home.prepare(distribution);

        home.writeRealm("{\"realm\": \"helpdesk\"}");
        assertThat(Files.getPosixFilePermissions(home.realmFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        home.deleteRealm();
        FileTrees.deleteIfExists(home.dir());

        assertThat(home.dir()).doesNotExist();
        assertThat(distribution.resolve("lib/quarkus-run.jar")).exists();
        assertThat(distribution.resolve("bin/kc.sh")).exists();
    }

    private Path fakeDistribution() throws IOException {
        Path distribution = folder.resolve("cache/keycloak-26.0.0-dev-mem");
        Path script = distribution.resolve("bin/kc.sh");
        if (Files.exists(script)) {
            return distribution;
        }
        Files.createDirectories(script.getParent());
        Files.writeString(script, "#!/bin/sh\necho keycloak\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String folder : new String[] {"lib", "conf", "providers", "themes"}) {
            Files.createDirectories(distribution.resolve(folder));
        }
        Files.writeString(distribution.resolve("lib/quarkus-run.jar"), "jar");
        Files.writeString(distribution.resolve("version.txt"), "Keycloak - Version 26.0.0");
        return distribution;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var tree = Files.walk(source)) {
            for (Path path : tree.toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
