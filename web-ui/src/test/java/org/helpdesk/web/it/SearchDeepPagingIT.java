package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An auditor pages through more than 10,000 matches, past Elasticsearch's window for numbered pages,
 * with the cursor of each page; nothing is skipped or repeated, in either order.
 */
@HelpdeskIntegrationTest
class SearchDeepPagingIT {

    private static final int TICKETS = 10_050;

    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void cursorPagingReachesEveryOneOfMoreThanTenThousandHits() {
        String m = "deep" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        try (IndexedDocuments index = new IndexedDocuments(elasticsearch)) {
            Set<Long> numbers = new HashSet<>();
            for (int i = 0; i < TICKETS; i++) {
                // Every fifth shares its time with another, so the ticket number must break ties.
                numbers.add(
                        index.add("Parcel " + m + (i % 3 == 0 ? " late" : ""), start.plusSeconds(i - i % 5), Map.of()));
            }
            index.flush();

            List<JsonNode> newest = pageThrough("q=" + m + "&sort=newest");
            assertThat(newest.get(0).get("total").asLong()).isEqualTo(TICKETS);
            assertThat(newest.get(0).get("totalRelation").asString()).isEqualTo("eq");
            List<Long> newestOrder = numbers(newest);
            assertThat(newestOrder).hasSize(TICKETS).doesNotHaveDuplicates();
            assertThat(new HashSet<>(newestOrder)).isEqualTo(numbers);
            assertThat(newestOrder).isSortedAccordingTo((a, b) -> Long.compare(b, a));

            List<Long> byRelevance =
                    numbers(pageThrough("q=" + URLEncoder.encode(m + " (late | parcel)", StandardCharsets.UTF_8)));
            assertThat(byRelevance).hasSize(TICKETS).doesNotHaveDuplicates();

            Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
            assertThat(auditor.get("/api/v1/search/tickets?size=100&page=100&q=" + m)
                            .status())
                    .isEqualTo(400);
        }
    }

    private List<JsonNode> pageThrough(String params) {
        Api auditor = Api.as(port, Personas.OLGA_AUDITOR);
        List<JsonNode> pages = new ArrayList<>();
        String cursor = null;
        do {
            String url = "/api/v1/search/tickets?size=100&" + params + (cursor == null ? "" : "&cursor=" + cursor);
            Api.Reply reply = auditor.get(url);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode page = reply.json();
            pages.add(page);
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null && pages.size() < 200);
        return pages;
    }

    private static List<Long> numbers(List<JsonNode> pages) {
        List<Long> numbers = new ArrayList<>();
        pages.forEach(
                p -> p.get("hits").forEach(h -> numbers.add(h.get("number").asLong())));
        return numbers;
    }
}
