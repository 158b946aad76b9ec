package org.helpdesk.infra.devstack.internal;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * A server running as a child process: started with its output in a console log, polled over HTTP until
 * ready, stopped with SIGTERM and, if it does not exit in time, killed together with its child processes.
 * A JVM shutdown hook stops it if nobody else does, so no server outlives the JVM that started it.
 */
public final class ServerProcess {

    /** Lines of console output quoted in error messages. */
    public static final int LOG_TAIL_LINES = 40;

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration SHUTDOWN_HOOK_GRACE = Duration.ofSeconds(20);
    private static final Duration CHILDREN_GRACE = Duration.ofSeconds(5);

    private final ServerLaunch launch;
    private final Process process;
    private final Thread shutdownHook;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private boolean stopped;

    private ServerProcess(ServerLaunch launch, Process process) {
        this.launch = launch;
        this.process = process;
        this.shutdownHook = new Thread(() -> stop(SHUTDOWN_HOOK_GRACE), launch.name() + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the server; does not wait for it to be ready (see {@link #awaitReady}). */
    public static ServerProcess start(ServerLaunch launch) {
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(launch.consoleLog().toFile()));
        builder.environment().keySet().removeAll(launch.removedEnvironment());
        builder.environment().putAll(launch.environment());
        try {
            Files.createDirectories(launch.consoleLog().getParent());
            Files.writeString(
                    launch.consoleLog(),
                    "=== " + Instant.now() + " starting: " + String.join(" ", launch.command())
                            + System.lineSeparator(),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return new ServerProcess(launch, builder.start());
        } catch (IOException e) {
            throw new DevStackException(
                    "Cannot start " + launch.name() + " (" + String.join(" ", launch.command()) + "): "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * Polls {@code readiness} until it answers HTTP 200. Stops the server and throws, with the reason and the
     * end of the console output, if the process exits first or the timeout passes.
     */
    public void awaitReady(URI readiness, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                stop(Duration.ofSeconds(10)); // children it may have left behind
                throw failure("exited with code " + process.exitValue() + " before it was ready");
            }
            lastAnswer = probe(readiness);
            if (lastAnswer.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                stop(Duration.ofSeconds(10));
                throw failure("was not ready within " + timeout.toSeconds() + " s (last answer from " + readiness + ": "
                        + lastAnswer + "). A slow machine? Otherwise see the log below.");
            }
            sleep(POLL_INTERVAL);
        }
    }

    /** Empty when ready, else what was wrong. */
    private String probe(URI readiness) {
        HttpRequest request = HttpRequest.newBuilder(readiness)
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return "";
            }
            String body = response.body();
            return "HTTP " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for " + launch.name(), e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Sends SIGTERM and waits up to {@code grace} for the process to exit, then SIGTERM to children it left
     * behind (a wrapper script may not forward the signal), then kills whatever still runs. Children are listed
     * first because once their parent is gone they are no longer its descendants.
     */
    public synchronized void stop(Duration grace) {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        boolean exited = awaitExit(List.of(process.toHandle()), grace);
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        if (!exited || !awaitExit(children, CHILDREN_GRACE)) {
            List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), children.stream())
                    .toList();
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
        removeShutdownHook();
    }

    /** The end of the console output, for diagnostics. */
    public String logTail() {
        return LogTail.of(launch.consoleLog(), LOG_TAIL_LINES);
    }

    private DevStackException failure(String why) {
        String lineBreak = System.lineSeparator();
        return new DevStackException(launch.name() + " " + why + lineBreak
                + "Command: " + String.join(" ", launch.command()) + lineBreak
                + "Last " + LOG_TAIL_LINES + " lines of " + launch.consoleLog() + ":" + lineBreak
                + logTail());
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (ProcessHandle handle : processes) {
            long remaining =
                    Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
            try {
                handle.onExit().get(remaining, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("Waiting for process " + handle.pid() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook runs (or ran) anyway and finds the process stopped.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for a server", e);
        }
    }
}
