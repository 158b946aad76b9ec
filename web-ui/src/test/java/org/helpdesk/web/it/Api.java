package org.helpdesk.web.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the REST API, acting as one persona. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final @Nullable String authorization;

    private Api(int port, @Nullable String username) {
        this(port, username, Personas.PASSWORD);
    }

    /** Someone signing in with a password of their own (e.g. a wrong one). */
    Api(int port, @Nullable String username, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Api as(int port, String username) {
        return new Api(port, username);
    }

    static Api anonymous(int port) {
        return new Api(port, null);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply postJson(String path, Map<String, ?> body) {
        return post(path, JSON.writeValueAsString(body));
    }

    /** Any method, with an optional JSON body. */
    Reply send(String method, String path, @Nullable String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply search(String query) {
        return get("/api/v1/search/tickets?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A GET whose body is kept as bytes, with the response headers (files such as exports). */
    Download download(String path) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    record Reply(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
