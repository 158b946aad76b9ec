package org.helpdesk.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** What tests that start app instances of their own (own schema, own index prefix) share: waiting and cleaning up. */
final class OwnInstances {

    private OwnInstances() {}

    /** Checks {@code condition} every {@code pause} until it holds; fails saying {@code what} after {@code within}. */
    static void awaitUntil(String what, Duration within, Duration pause, BooleanSupplier condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not in time: " + what);
            }
            Thread.sleep(pause.toMillis());
        }
    }

    /** Deletes the indices under {@code prefix} by name (Elasticsearch refuses wildcard deletes). */
    static void deleteIndices(HttpClient http, URI elasticsearch, String prefix) throws Exception {
        String es = elasticsearch.toString().replaceAll("/$", "");
        HttpResponse<String> listed = http.send(
                HttpRequest.newBuilder(URI.create(es + "/_cat/indices/" + prefix + "-*?h=index"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        for (String index : listed.body()
                .lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()) {
            http.send(
                    HttpRequest.newBuilder(URI.create(es + "/" + index))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
