package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path home;

    @Test
    void comesFromMavenCentralAsTheQuarkusDistributionZip() {
        assertThat(KeycloakDistribution.artifact("26.7.3").repositoryPath())
                .isEqualTo("org/keycloak/keycloak-quarkus-dist/26.7.3/keycloak-quarkus-dist-26.7.3.zip");
    }

    @Test
    void acceptsADistributionBuiltForTheDevModeWithTheInMemoryDatabase() throws IOException {
        generatedBytecode("kc.db=dev-mem\nquarkus.profile=dev\nkc.profile=dev\n");

        KeycloakDistribution.requireBuiltForDevMem(home);
    }

    @Test
    void refusesADistributionBuiltOtherwiseSinceServersWouldRebuildIntoTheCache() throws IOException {
        generatedBytecode("kc.db=postgres\nkc.profile=prod\n");

        assertThatThrownBy(() -> KeycloakDistribution.requireBuiltForDevMem(home))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not built for start-dev --db=dev-mem")
                .hasMessageContaining("kc.db=postgres");
    }

    private void generatedBytecode(String persistedProperties) throws IOException {
        Path jar = Files.createDirectories(home.resolve("lib/quarkus")).resolve("generated-bytecode.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/keycloak-persisted.properties"));
            zip.write(persistedProperties.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            zip.closeEntry();
        }
    }
}
