package org.helpdesk.web.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code infra/compose/docker-compose.yml} passes docker-compose's own validation ({@code config -q}: the Compose
 * specification's schema, interpolation with {@code .env.example}, references between services), which needs no
 * container engine. Uses {@code docker compose} (v2) when installed, else Debian's {@code docker-compose} (v1.29,
 * which {@code .ci/run} installs). Without either the test fails: it is never skipped.
 */
class ComposeConfigTest {

    @Test
    void composeFileValidatesWithTheEnvExample() throws IOException, InterruptedException {
        assertThat(validate("docker-compose.yml"))
                .as("docker-compose config of docker-compose.yml")
                .isEmpty();
    }

    @Test
    void aBrokenComposeFileIsRefused() throws IOException, InterruptedException {
        // The same file with a typo in a key: proves the tool really validates and this test can fail.
        String broken = RepositoryFiles.read("infra/compose/docker-compose.yml")
                .replaceFirst("\n    healthcheck:", "\n    healthckeck:");
        Path file = Files.createTempFile(RepositoryFiles.path("infra/compose"), "broken-", ".yml");
        try {
            Files.writeString(file, broken, StandardCharsets.UTF_8);
            assertThat(validate(file.getFileName().toString())).contains("healthckeck");
        } finally {
            Files.delete(file);
        }
    }

    /** The tool's complaints (empty when the file is valid). */
    private static String validate(String composeFile) throws IOException, InterruptedException {
        Path dir = RepositoryFiles.path("infra/compose");
        List<String> command = new ArrayList<>(tool());
        command.addAll(List.of("--env-file", ".env.example", "-f", composeFile, "config", "-q"));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not finish within 60 s", command);
        }
        return process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ": " + output;
    }

    private static List<String> tool() throws InterruptedException {
        if (works(List.of("docker", "compose", "version"))) {
            return List.of("docker", "compose");
        }
        if (works(List.of("docker-compose", "version"))) {
            return List.of("docker-compose");
        }
        return fail("Neither 'docker compose' nor 'docker-compose' is installed: the compose file cannot be validated."
                + " Install one (Debian: apt-get install --no-install-recommends docker-compose; .ci/run does).");
    }

    private static boolean works(List<String> command) throws InterruptedException {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
