package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.helpdesk.infra.devstack.DevStackException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactResolverTest {

    private static final MavenArtifact SERVER = MavenArtifact.parse("org.example:server:1.0:zip");
    private static final byte[] CONTENT = "pretend this is a server".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path localRepository;

    private final Map<String, byte[]> remoteFiles = new HashMap<>();
    private HttpServer remote;

    @BeforeEach
    void startRemoteRepository() throws IOException {
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/maven2/", exchange -> {
            byte[] body = remoteFiles.get(exchange.getRequestURI().getPath().substring("/maven2/".length()));
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        remote.start();
    }

    @AfterEach
    void stopRemoteRepository() {
        remote.stop(0);
    }

    @Test
    void usesTheLocalRepositoryWithoutAskingTheRemote() throws IOException {
        Path local = localRepository.resolve(SERVER.repositoryPath());
        Files.createDirectories(local.getParent());
        Files.write(local, CONTENT);

        assertThat(resolver().resolve(SERVER)).isEqualTo(local);
    }

    @Test
    void downloadsIntoTheLocalRepositoryLayoutWhenTheChecksumMatches() throws Exception {
        publish(CONTENT, sha1(CONTENT) + "  server-1.0.zip");

        Path resolved = resolver().resolve(SERVER);

        assertThat(resolved)
                .isEqualTo(localRepository.resolve(SERVER.repositoryPath()))
                .hasBinaryContent(CONTENT);
        assertThat(resolved.resolveSibling("server-1.0.zip.sha1")).hasContent(sha1(CONTENT));
        assertThat(resolved.getParent()).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void rejectsADownloadWhoseChecksumDiffersAndLeavesNothingBehind() throws Exception {
        publish(CONTENT, sha1("something else".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> resolver().resolve(SERVER))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("SHA-1 mismatch")
                .hasMessageContaining("dependency:get -Dartifact=org.example:server:1.0:zip");
        Path folder = localRepository.resolve(SERVER.repositoryPath()).getParent();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void explainsAMissingRemoteFile() {
        assertThatThrownBy(() -> resolver().resolve(SERVER))
                .isInstanceOf(DevStackException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining(ArtifactResolver.REPOSITORY_ENV);
    }

    @Test
    void honoursMavenRepoLocalAndTheRepositoryVariable() {
        Properties properties = new Properties();
        properties.setProperty("user.home", "/home/agent");
        assertThat(ArtifactResolver.localRepository(properties::getProperty))
                .isEqualTo(Path.of("/home/agent/.m2/repository"));
        properties.setProperty("maven.repo.local", "/ci/m2");
        assertThat(ArtifactResolver.localRepository(properties::getProperty)).isEqualTo(Path.of("/ci/m2"));

        assertThat(ArtifactResolver.remoteRepository(Map.of())).isEqualTo(ArtifactResolver.MAVEN_CENTRAL);
        assertThat(ArtifactResolver.remoteRepository(Map.of(ArtifactResolver.REPOSITORY_ENV, "https://mirror/m2/")))
                .isEqualTo(URI.create("https://mirror/m2/"));
    }

    private ArtifactResolver resolver() {
        // No trailing slash on purpose: the resolver must add it.
        return new ArtifactResolver(
                localRepository,
                URI.create("http://127.0.0.1:" + remote.getAddress().getPort() + "/maven2"));
    }

    private void publish(byte[] content, String sha1File) {
        remoteFiles.put(SERVER.repositoryPath(), content);
        remoteFiles.put(SERVER.repositoryPath() + ".sha1", sha1File.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha1(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    }
}
