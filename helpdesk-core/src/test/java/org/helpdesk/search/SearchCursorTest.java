package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    @Test
    void relevanceCursorCarriesScoreDateAndNumberThroughItsToken() {
        SearchCursor cursor = SearchCursor.after(
                SearchSort.RELEVANCE,
                List.of(FieldValue.of(1.2345f), FieldValue.of(1764000000000L), FieldValue.of(1042L)));

        SearchCursor decoded = SearchCursor.decode(cursor.encode(), SearchSort.RELEVANCE);

        assertThat(decoded).isEqualTo(cursor);
        assertThat(decoded.searchAfter())
                .extracting(FieldValue::_toJsonString)
                .containsExactly(String.valueOf((double) 1.2345f), "1764000000000", "1042");
    }

    @Test
    void dateCursorHasNoScore() {
        SearchCursor cursor =
                SearchCursor.after(SearchSort.NEWEST, List.of(FieldValue.of(1764000000000L), FieldValue.of(7L)));

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.decode(cursor.encode(), SearchSort.NEWEST).searchAfter())
                .hasSize(2);
    }

    @Test
    void cursorOfAnotherOrderIsInvalid() {
        String newest = SearchCursor.after(SearchSort.NEWEST, List.of(FieldValue.of(1L), FieldValue.of(2L)))
                .encode();

        assertThatThrownBy(() -> SearchCursor.decode(newest, SearchSort.OLDEST))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cursor");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not base64!",
                "%%%",
                "Tjox", // "N:1": too few values
                "Tjp4Onk", // "N:x:y": not numbers
                "UjpOYU46MTox", // "R:NaN:1:1"
                "WDoxOjI" // "X:1:2": unknown order
            })
    void tamperedCursorIsInvalidInputNotAServerError(String token) {
        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.NEWEST))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.RELEVANCE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void overlongCursorIsInvalid() {
        String token =
                Base64.getUrlEncoder().encodeToString(("N:1:" + "9".repeat(300)).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SearchCursor.decode(token, SearchSort.NEWEST))
                .isInstanceOf(InvalidInputException.class);
    }
}
