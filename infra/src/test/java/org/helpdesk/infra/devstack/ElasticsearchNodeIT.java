package org.helpdesk.infra.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpdesk.infra.devstack.ElasticsearchRequests.Answer;
import org.junit.jupiter.api.Test;

class ElasticsearchNodeIT {

    private final ElasticsearchNode node = DevStack.shared().elasticsearch();
    private final ElasticsearchRequests elasticsearch = new ElasticsearchRequests(node);

    @Test
    void nodeIsHealthyOnLoopback() {
        assertThat(node.isRunning()).isTrue();
        assertThat(node.httpUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(elasticsearch.get("/_cluster/health").body()).contains("\"number_of_nodes\":1");
    }

    @Test
    void russianAnalyzerStemsComplaintWords() {
        Answer analyzed = elasticsearch.post(
                "/_analyze", "{\"analyzer\": \"russian\", \"text\": \"Клиенты жалуются на задержку доставки\"}");

        assertThat(analyzed.status()).isEqualTo(200);
        assertThat(analyzed.body())
                .contains("\"token\":\"клиент\"", "\"token\":\"жал\"", "\"token\":\"доставк\"")
                .doesNotContain("\"token\":\"на\"");
    }

    @Test
    void russianSearchFindsOtherFormsOfTheWordsAndHighlightsThem() {
        elasticsearch.createIndex("complaints-ru", "russian");
        elasticsearch.index("complaints-ru", "1", "Много жалобы на сроки доставки в регионы");

        Answer found = elasticsearch.search("complaints-ru", "жалоба доставка");

        assertThat(found.body()).contains("\"total\":{\"value\":1", "<em>жалобы</em>", "<em>доставки</em>");
    }

    @Test
    void bulgarianSearchFindsThePluralOfAComplaint() {
        elasticsearch.createIndex("complaints-bg", "bulgarian");
        elasticsearch.index("complaints-bg", "1", "Имаме много оплаквания за доставката");

        Answer found = elasticsearch.search("complaints-bg", "оплакване");

        assertThat(found.body()).contains("\"total\":{\"value\":1", "<em>оплаквания</em>");
    }

    @Test
    void englishSearchFindsThePastTense() {
        elasticsearch.createIndex("complaints-en", "english");
        elasticsearch.index("complaints-en", "1", "The customer was refunded after two weeks");

        Answer found = elasticsearch.search("complaints-en", "refund");

        assertThat(found.body()).contains("\"total\":{\"value\":1", "<em>refunded</em>");
    }

    @Test
    void restartKeepsPortAndDocuments() {
        elasticsearch.createIndex("restart-check", "english");
        elasticsearch.index("restart-check", "1", "Delivery delayed again");
        var uriBefore = node.httpUri();

        node.stop();
        assertThat(node.isRunning()).isFalse();
        node.start();

        assertThat(node.isRunning()).isTrue();
        assertThat(node.httpUri()).isEqualTo(uriBefore);
        assertThat(elasticsearch.search("restart-check", "delivery").body()).contains("\"total\":{\"value\":1");
    }
}
