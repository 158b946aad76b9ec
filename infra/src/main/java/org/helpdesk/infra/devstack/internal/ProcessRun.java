package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A short command run to completion (plugin installs, probes), with its combined output.
 *
 * @param exitCode -1 if the command could not start or did not finish in time
 */
public record ProcessRun(List<String> command, int exitCode, String output) {

    public static ProcessRun of(
            List<String> command, Map<String, String> environment, Path workingDirectory, Duration timeout) {
        return of(command, environment, Set.of(), workingDirectory, timeout);
    }

    /** Like {@link #of(List, Map, Path, Duration)}, without the inherited variables in {@code removedEnvironment}. */
    public static ProcessRun of(
            List<String> command,
            Map<String, String> environment,
            Set<String> removedEnvironment,
            Path workingDirectory,
            Duration timeout) {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeAll(removedEnvironment);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new ProcessRun(command, -1, "did not finish within " + timeout.toSeconds() + " s");
            }
            return new ProcessRun(command, process.exitValue(), output.join());
        } catch (IOException e) {
            return new ProcessRun(command, -1, "cannot start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessRun(command, -1, "interrupted");
        }
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read output: " + e.getMessage() + ")";
        }
    }
}
