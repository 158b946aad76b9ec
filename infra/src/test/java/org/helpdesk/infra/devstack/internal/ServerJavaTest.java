package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerJavaTest {

    @TempDir
    Path jvms;

    @Test
    void runsOnThisJvmWhenItsVersionIsVerified() throws IOException {
        JavaRuntime current = jdk("temurin-25", "25.0.1");

        assertThat(ServerJava.ELASTICSEARCH.select(Map.of(), current, List.of(jdk("openjdk-17", "17.0.15"))))
                .isEqualTo(current);
    }

    @Test
    void prefersAnInstalledVerifiedJdkOverANewerJvm() throws IOException {
        JavaRuntime jdk21 = jdk("openjdk-21", "21.0.8");
        JavaRuntime installed17 = jdk("openjdk-17", "17.0.15");

        JavaRuntime chosen = ServerJava.ELASTICSEARCH.select(
                Map.of(), new JavaRuntime(Path.of("/opt/jdk-27"), 27), JavaRuntime.installedUnder(jvms));

        assertThat(chosen).isEqualTo(jdk21).isNotEqualTo(installed17);
    }

    @Test
    void theEnvironmentVariableWins() throws IOException {
        JavaRuntime configured = jdk("openjdk-21", "21.0.8");

        assertThat(ServerJava.ELASTICSEARCH.select(
                        Map.of(
                                ServerJava.ELASTICSEARCH.javaHomeEnv(),
                                configured.home().toString()),
                        jdk("openjdk-17", "17.0.15"),
                        List.of()))
                .isEqualTo(configured);
    }

    @Test
    void explainsAConfiguredFolderThatIsNoJava() {
        assertThatThrownBy(() -> ServerJava.ELASTICSEARCH.select(
                        Map.of(ServerJava.ELASTICSEARCH.javaHomeEnv(), jvms.toString()),
                        JavaRuntime.current(),
                        List.of()))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("HELPDESK_ES_JAVA_HOME=" + jvms)
                .hasMessageContaining("bin/java");
    }

    @Test
    void keycloakHasItsOwnVariable() throws IOException {
        JavaRuntime configured = jdk("temurin-25", "25.0.1");

        assertThat(ServerJava.KEYCLOAK.select(
                        Map.of("HELPDESK_KEYCLOAK_JAVA_HOME", configured.home().toString()),
                        jdk("openjdk-17", "17.0.15"),
                        List.of()))
                .isEqualTo(configured);
        assertThatThrownBy(() -> ServerJava.KEYCLOAK.select(
                        Map.of(
                                "HELPDESK_KEYCLOAK_JAVA_HOME",
                                jdk("openjdk-11", "11.0.2").home().toString()),
                        JavaRuntime.current(),
                        List.of()))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("Keycloak 26 needs 17 or newer");
    }

    @Test
    void readsTheVersionOfThisJvm() {
        assertThat(JavaRuntime.at(JavaRuntime.current().home())).contains(JavaRuntime.current());
    }

    private JavaRuntime jdk(String name, String version) throws IOException {
        Path home = jvms.resolve(name);
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return JavaRuntime.at(home).orElseThrow();
    }
}
