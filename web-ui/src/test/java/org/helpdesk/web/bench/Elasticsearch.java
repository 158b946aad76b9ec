package org.helpdesk.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the dev stack's Elasticsearch, for the "straight to the engine" side of each comparison. */
final class Elasticsearch {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    Elasticsearch(URI base) {
        this.base = base;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, "application/json");
    }

    JsonNode put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json, "application/json");
    }

    JsonNode post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json, "application/json");
    }

    JsonNode delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, "application/json");
    }

    /** A {@code _bulk} request (NDJSON); fails if any item failed. */
    JsonNode bulk(String ndjson) throws IOException, InterruptedException {
        JsonNode answer = send("POST", "/_bulk", ndjson, "application/x-ndjson");
        if (answer.path("errors").asBoolean(false)) {
            throw new IllegalStateException("Bulk request had errors: "
                    + answer.toString()
                            .substring(0, Math.min(500, answer.toString().length())));
        }
        return answer;
    }

    private JsonNode send(String method, String path, String body, String type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", type)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
        return JSON.readTree(response.body());
    }
}
