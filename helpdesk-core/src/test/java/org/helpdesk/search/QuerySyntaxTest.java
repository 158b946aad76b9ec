package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void wordOrBetweenTermsBecomesTheOrOperator() {
        assertThat(QuerySyntax.normalize("refund OR return")).isEqualTo("refund | return");
    }

    @Test
    void orInsideAPhraseStaysAWord() {
        assertThat(QuerySyntax.normalize("\"this OR that\" OR other")).isEqualTo("\"this OR that\" | other");
    }

    @Test
    void wordAndIsDroppedBecauseAllWordsMustMatchAnyway() {
        assertThat(QuerySyntax.normalize("late AND parcel").split("\\s+")).containsExactly("late", "parcel");
    }

    @Test
    void lowerCaseOrIsAnOrdinaryWord() {
        assertThat(QuerySyntax.normalize("or ordinary")).isEqualTo("or ordinary");
    }

    @Test
    void controlCharactersIncludingHighlightMarkersAreRemoved() {
        assertThat(QuerySyntax.normalize("a\uE000b\uE001c\u0000d")).isEqualTo("a b c d");
    }

    @Test
    void veryLongQueriesKeepTheirFirstTerms() {
        String typed = "word ".repeat(200);

        assertThat(QuerySyntax.normalize(typed).split(" ")).hasSize(QuerySyntax.MAX_TERMS);
    }

    @Test
    void wordsAreAllRequiredAcrossTheLanguageFieldsIncludingMessages() {
        Query query = QuerySyntax.of("parcel late");

        assertThat(query.isSimpleQueryString()).isTrue();
        assertThat(query.simpleQueryString().defaultOperator()).isEqualTo(Operator.And);
        assertThat(query.simpleQueryString().lenient()).isTrue();
        assertThat(query.simpleQueryString().fields())
                .contains("messages", "ru.messages", "bg.subject^2", "en.description");
    }

    @Test
    void ticketReferenceAlsoMatchesTheNumber() {
        Query query = QuerySyntax.of("HD-1042");

        assertThat(query.isBool()).isTrue();
        assertThat(query.bool().should())
                .anyMatch(q -> q.isTerm() && q.term().value().longValue() == 1042L);
    }

    @Test
    void blankQueryMatchesEverything() {
        assertThat(QuerySyntax.of("").isMatchAll()).isTrue();
    }

    @Test
    void relevanceWithoutWordsListsNewestFirst() {
        assertThat(SearchSort.effective(null, "")).isEqualTo(SearchSort.NEWEST);
        assertThat(SearchSort.effective(SearchSort.RELEVANCE, " ")).isEqualTo(SearchSort.NEWEST);
        assertThat(SearchSort.effective(null, "parcel")).isEqualTo(SearchSort.RELEVANCE);
        assertThat(SearchSort.effective(SearchSort.OLDEST, "parcel")).isEqualTo(SearchSort.OLDEST);
    }

    @Test
    void everyOrderEndsWithTheTicketNumberAsTieBreaker() {
        for (SearchSort sort : SearchSort.values()) {
            var options = TicketSearch.sortFor(sort);
            assertThat(options.get(options.size() - 1).field().field()).isEqualTo("number");
        }
        assertThat(TicketSearch.sortFor(SearchSort.RELEVANCE).get(0).isScore()).isTrue();
    }

    @Test
    void onlyPlainWordsAndPhrasesAreRelaxedToAnyOfThem() {
        assertThat(QuerySyntax.relaxable("жалоба доставка")).isTrue();
        assertThat(QuerySyntax.relaxable("\"задержка доставки\" жалоба")).isTrue();
        assertThat(QuerySyntax.relaxable("\"a -b\" c"))
                .as("a dash inside a phrase is text")
                .isTrue();
        assertThat(QuerySyntax.relaxable("доставка")).isFalse();
        assertThat(QuerySyntax.relaxable("жалоба -доставка")).isFalse();
        assertThat(QuerySyntax.relaxable("жалоба | доставка")).isFalse();
        assertThat(QuerySyntax.relaxable("(жалоба доставка) курьер")).isFalse();
        assertThat(QuerySyntax.relaxable("+жалоба доставка")).isFalse();
    }
}
