package org.helpdesk.infra.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP calls to an Elasticsearch node; tests check the JSON as text to stay free of client libraries. */
final class ElasticsearchRequests {

    record Answer(int status, String body) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    ElasticsearchRequests(ElasticsearchNode node) {
        this.base = node.httpUri();
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Creates an index whose {@code text} field uses {@code analyzer}. */
    Answer createIndex(String index, String analyzer) {
        return put("/" + index, """
                {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                 "mappings": {"properties": {"text": {"type": "text", "analyzer": "%s"}}}}""".formatted(analyzer));
    }

    /** Indexes a document and makes it searchable at once. */
    Answer index(String index, String id, String text) {
        return put("/" + index + "/_doc/" + id + "?refresh=true", "{\"text\": \"" + text + "\"}");
    }

    /** A match query on {@code text} with highlighting. */
    Answer search(String index, String query) {
        return post("/" + index + "/_search", """
                {"query": {"match": {"text": "%s"}}, "highlight": {"fields": {"text": {}}}}""".formatted(query));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    request.header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch at " + base + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
