package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.infra.devstack.DevStackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerProcessTest {

    @TempDir
    Path folder;

    @Test
    void aServerThatDiesWhileStartingIsReportedWithItsLastWords() {
        ServerProcess server = ServerProcess.start(launch("echo 'port 9 is taken'; echo 'giving up' >&2; exit 3"));

        assertThatThrownBy(() -> server.awaitReady(unusedPort(), Duration.ofSeconds(30)))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("Fake exited with code 3 before it was ready")
                .hasMessageContaining("port 9 is taken")
                .hasMessageContaining("giving up")
                .hasMessageContaining(folder.resolve("console.log").toString());
    }

    @Test
    void aServerThatNeverAnswersIsStoppedAfterTheTimeout() {
        ServerProcess server = ServerProcess.start(launch("echo listening; sleep 60"));

        assertThatThrownBy(() -> server.awaitReady(unusedPort(), Duration.ofSeconds(1)))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("was not ready within 1 s")
                .hasMessageContaining("listening");
        assertThat(server.isAlive()).isFalse();
    }

    @Test
    void stopTerminatesTheWholeProcessTree() {
        // The shell ignores SIGTERM, so only the kill after the grace period ends it and its child.
        ServerProcess server = ServerProcess.start(launch("trap '' TERM; sleep 60 & wait"));
        List<ProcessHandle> tree =
                ProcessHandle.of(server.pid()).map(parent -> awaitChild(parent)).orElseThrow();

        server.stop(Duration.ofMillis(500));

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void stopAlsoTerminatesChildrenTheWrapperLeftBehind() {
        // sh dies on SIGTERM without passing it on to its child.
        ServerProcess server = ServerProcess.start(launch("sleep 60; echo done"));
        List<ProcessHandle> tree =
                ProcessHandle.of(server.pid()).map(parent -> awaitChild(parent)).orElseThrow();
        long started = System.nanoTime();

        server.stop(Duration.ofSeconds(20));

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private static List<ProcessHandle> awaitChild(ProcessHandle parent) {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<ProcessHandle> children = parent.children().toList();
            if (!children.isEmpty()) {
                return List.of(parent, children.get(0));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the fake server started no child");
    }

    private ServerLaunch launch(String script) {
        return new ServerLaunch(
                "Fake", List.of("sh", "-c", script), Map.of(), Set.of(), folder, folder.resolve("console.log"));
    }

    private static URI unusedPort() {
        return URI.create("http://127.0.0.1:" + FreePort.find() + "/health");
    }
}
