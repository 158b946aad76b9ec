package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An agent opens tickets in three languages; any inflected form of their words finds them. */
@HelpdeskIntegrationTest
class TicketSearchIT {

    @LocalServerPort
    int port;

    @Test
    void russianComplaintIsFoundByOtherFormsOfItsWords() {
        String reference = open("Задержка доставки", "Клиенты жалуются на задержку доставки");

        assertFoundWithHighlight("задержки доставка", reference, "<mark>доставки</mark>");
    }

    @Test
    void ticketsWithSomeOfTheWordsFollowThoseWithAllAndTheResultSaysSo() {
        String reference = open("Доставка задерживается", "Клиенты жалуются на задержку доставки");

        // "жалоба" (a complaint) and "жалуются" (they complain) are different words: the ticket has only one of them.
        assertFoundWithHighlight("жалоба доставка", reference, "<mark>доставки</mark>");
        Api.Reply reply = Api.as(port, Personas.OLGA_AUDITOR).search("жалоба доставка");
        assertThat(reply.json().get("someWords").asBoolean()).isTrue();
        assertThat(Api.as(port, Personas.OLGA_AUDITOR)
                        .search("жалоба -доставка")
                        .json()
                        .get("someWords")
                        .asBoolean())
                .as("an exclusion is never relaxed")
                .isFalse();
    }

    @Test
    void bulgarianComplaintIsFoundBySingularOfAPluralWord() {
        String reference = open("Оплаквания от клиенти", "Получихме много оплаквания за забавена пратка");

        assertFoundWithHighlight("оплакване", reference, "<mark>оплаквания</mark>");
    }

    @Test
    void englishComplaintIsFoundByTheStemOfAVerb() {
        String reference = open("Order charged twice", "The customer was refunded only once for a double charge");

        assertFoundWithHighlight("refund", reference, "<mark>refunded</mark>");
    }

    @Test
    void ticketReferenceFindsTheTicket() {
        String reference = open("Lost parcel", "Parcel never arrived");

        assertFoundWithHighlight(reference, reference, null);
    }

    private String open(String subject, String description) {
        Api.Reply reply = Api.as(port, Personas.ANNA_AGENT)
                .postJson(
                        "/api/v1/tickets",
                        Map.of("subject", subject, "description", description, "customerEmail", "ivan@example.com"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("reference").asString();
    }

    private void assertFoundWithHighlight(String query, String reference, String highlight) {
        Api api = Api.as(port, Personas.OLGA_AUDITOR);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Api.Reply reply = api.search(query);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode hit = findHit(reply.json(), reference);
            assertThat(hit)
                    .as("hit %s for query %s in %s", reference, query, reply.body())
                    .isNotNull();
            if (highlight != null) {
                assertThat(hit.get("highlights").toString()).contains(highlight);
            }
        });
    }

    private static JsonNode findHit(JsonNode result, String reference) {
        for (JsonNode hit : result.get("hits")) {
            if (hit.get("reference").asString().equals(reference)) {
                return hit;
            }
        }
        return null;
    }
}
