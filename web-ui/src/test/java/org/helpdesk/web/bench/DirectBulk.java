package org.helpdesk.web.bench;

import java.io.IOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Elasticsearch's own {@code _bulk} rate for the documents the app indexed: each index behind an alias is copied
 * page by page (read with a scroll, not timed) into a scratch index with the same mapping and analysis settings,
 * with sequential bulk requests of {@value #BATCH} documents (timed); the scratch indices are deleted afterwards.
 */
final class DirectBulk {

    static final int BATCH = 1000;

    record Outcome(long docs, double seconds) {

        double docsPerSecond() {
            return docs / Math.max(1e-9, seconds);
        }
    }

    private final Elasticsearch es;

    DirectBulk(Elasticsearch es) {
        this.es = es;
    }

    Outcome copy(List<String> aliases, Progress progress) throws IOException, InterruptedException {
        long docs = 0;
        long nanos = 0;
        for (String alias : aliases) {
            String scratch = alias + "-scratch";
            es.delete("/" + scratch);
            es.put("/" + scratch, sameSettings(alias));
            JsonNode page =
                    es.post("/" + alias + "/_search?scroll=5m", "{\"size\": " + BATCH + ", \"sort\": [\"_doc\"]}");
            String scroll = page.path("_scroll_id").asString();
            while (page.path("hits").path("hits").size() > 0) {
                StringBuilder ndjson = new StringBuilder();
                for (JsonNode hit : page.path("hits").path("hits")) {
                    ndjson.append("{\"index\":{\"_index\":\"")
                            .append(scratch)
                            .append("\",\"_id\":\"")
                            .append(hit.path("_id").asString())
                            .append("\"}}\n")
                            .append(hit.path("_source").toString())
                            .append('\n');
                    docs++;
                }
                long start = System.nanoTime();
                es.bulk(ndjson.toString());
                nanos += System.nanoTime() - start;
                page = es.post("/_search/scroll", "{\"scroll\": \"5m\", \"scroll_id\": \"" + scroll + "\"}");
                scroll = page.path("_scroll_id").asString();
            }
            es.delete("/_search/scroll/" + scroll);
            es.delete("/" + scratch);
            progress.line(
                    "direct _bulk of %s: %,d documents so far in %.1f s of bulk requests", alias, docs, nanos / 1e9);
        }
        return new Outcome(docs, nanos / 1e9);
    }

    /** The concrete index's mapping, analysis, shards, replicas and refresh interval. */
    private String sameSettings(String alias) throws IOException, InterruptedException {
        JsonNode described = es.get("/" + alias);
        JsonNode index = described.iterator().next();
        JsonNode source = index.path("settings").path("index");
        ObjectNode settings = Elasticsearch.JSON.createObjectNode();
        for (String key : List.of("analysis", "number_of_shards", "number_of_replicas", "refresh_interval")) {
            if (source.has(key)) {
                settings.set(key, source.get(key));
            }
        }
        ObjectNode body = Elasticsearch.JSON.createObjectNode();
        body.set("settings", Elasticsearch.JSON.createObjectNode().set("index", settings));
        body.set("mappings", index.path("mappings"));
        return body.toString();
    }
}
