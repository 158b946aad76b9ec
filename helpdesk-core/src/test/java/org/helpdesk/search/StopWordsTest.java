package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void russianBulgarianAndEnglishStopWordsAreLeftOutOfTheWords() {
        assertThat(StopWords.strip("доставка и возврат")).isEqualTo("доставка  возврат");
        assertThat(StopWords.strip("поръчка за доставка")).isEqualTo("поръчка  доставка");
        assertThat(StopWords.strip("The delivery of parcels")).isEqualTo("delivery  parcels");
    }

    @Test
    void operatorsOfAStopWordGoWithItButParenthesesStay() {
        assertThat(StopWords.strip("(и | parcel) -the +на")).isEqualTo("( | parcel)");
    }

    @Test
    void wordsInQuotesStay() {
        assertThat(StopWords.strip("\"доставка и возврат\" и")).isEqualTo("\"доставка и возврат\"");
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothing() {
        for (String stopWordsOnly : new String[] {"и на", "за и", "the of", "-the (и)"}) {
            assertThat(QuerySyntax.of(stopWordsOnly, Operator.And).isMatchNone())
                    .as(stopWordsOnly)
                    .isTrue();
        }
        assertThat(QuerySyntax.of("", Operator.And).isMatchAll()).isTrue();
        assertThat(QuerySyntax.of("доставка и", Operator.And).isSimpleQueryString())
                .isTrue();
        assertThat(QuerySyntax.of("доставка и", Operator.And)
                        .simpleQueryString()
                        .query())
                .isEqualTo("доставка");
    }
}
