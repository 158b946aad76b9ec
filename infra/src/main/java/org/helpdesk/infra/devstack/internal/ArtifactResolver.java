package org.helpdesk.infra.devstack.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.infra.devstack.DevStackException;

/**
 * Finds artifacts the way Maven does: in the local repository first, else downloaded from a remote
 * repository (Maven Central by default) into the local repository, checked against the published SHA-1.
 */
public final class ArtifactResolver {

    /** Base URL of the remote repository, for mirrors; Maven Central when unset. */
    public static final String REPOSITORY_ENV = "HELPDESK_MAVEN_REPOSITORY";

    static final URI MAVEN_CENTRAL = URI.create("https://repo.maven.apache.org/maven2/");
    private static final System.Logger LOG = System.getLogger(ArtifactResolver.class.getName());

    private final Path localRepository;
    private final URI remoteRepository;
    private final HttpClient http;

    ArtifactResolver(Path localRepository, URI remoteRepository) {
        this.localRepository = localRepository;
        this.remoteRepository = withTrailingSlash(remoteRepository);
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .build();
    }

    /** Uses {@code -Dmaven.repo.local} or {@code ~/.m2/repository}, and {@value #REPOSITORY_ENV} or Maven Central. */
    public static ArtifactResolver fromEnvironment() {
        return new ArtifactResolver(
                localRepository(System.getProperties()::getProperty), remoteRepository(System.getenv()));
    }

    static Path localRepository(java.util.function.UnaryOperator<String> systemProperty) {
        String configured = systemProperty.apply("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(systemProperty.apply("user.home"), ".m2", "repository");
    }

    static URI remoteRepository(Map<String, String> environment) {
        String configured = environment.get(REPOSITORY_ENV);
        return configured == null || configured.isBlank() ? MAVEN_CENTRAL : URI.create(configured);
    }

    /** The artifact's file in the local repository, downloading it first if it is not there yet. */
    public Path resolve(MavenArtifact artifact) {
        Path local = localRepository.resolve(artifact.repositoryPath());
        if (Files.isRegularFile(local)) {
            return local;
        }
        URI remote = remoteRepository.resolve(artifact.repositoryPath());
        try {
            download(remote, local);
            return local;
        } catch (IOException e) {
            throw new DevStackException(
                    "Cannot download " + artifact + " from " + remote + ": " + e.getMessage()
                            + ". Check the network or proxy (-Dhttps.proxyHost), set " + REPOSITORY_ENV
                            + " to a reachable Maven repository, or put the file at " + local
                            + " (e.g. ./mvnw dependency:get -Dartifact=" + artifact + " -Dtransitive=false).",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while downloading " + artifact, e);
        }
    }

    private void download(URI remote, Path local) throws IOException, InterruptedException {
        String expectedSha1 = fetchSha1(URI.create(remote + ".sha1"));
        Files.createDirectories(local.getParent());
        // A unique temporary name in the same folder: the final name appears atomically and complete,
        // also when another JVM downloads the same file at the same time.
        Path partial =
                Files.createTempFile(local.getParent(), local.getFileName().toString(), ".part");
        try {
            LOG.log(System.Logger.Level.INFO, "Downloading {0} to {1}", remote, local);
            String actualSha1 = fetchInto(remote, partial);
            if (!actualSha1.equals(expectedSha1)) {
                throw new IOException("SHA-1 mismatch: expected " + expectedSha1 + ", got " + actualSha1);
            }
            Files.move(partial, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(local.resolveSibling(local.getFileName() + ".sha1"), expectedSha1);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private String fetchSha1(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri), HttpResponse.BodyHandlers.ofString());
        requireOk(uri, response.statusCode());
        // Some repositories append the file name after the checksum.
        String checksum = response.body().trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!checksum.matches("[0-9a-f]{40}")) {
            throw new IOException("Not a SHA-1 checksum at " + uri + ": " + response.body());
        }
        return checksum;
    }

    private String fetchInto(URI uri, Path target) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            requireOk(uri, response.statusCode());
            MessageDigest sha1 = sha1();
            try (InputStream digesting = new DigestInputStream(body, sha1)) {
                Files.copy(digesting, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return HexFormat.of().formatHex(sha1.digest());
        }
    }

    private static HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).GET().build();
    }

    private static void requireOk(URI uri, int status) throws IOException {
        if (status != 200) {
            throw new IOException("HTTP " + status + " for " + uri);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-1", e);
        }
    }

    private static URI withTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? uri : URI.create(text + "/");
    }
}
