package org.helpdesk.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAtEveryLevelWhateverTheOrderTheyCameIn() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", 1);
        first.put("a", Map.of("z", true, "y", List.of(Map.of("d", "x", "c", "y"))));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("a", Map.of("y", List.of(Map.of("c", "y", "d", "x")), "z", true));
        second.put("b", 1);

        String canonical = CanonicalJson.write(CanonicalJson.tree(first));

        assertThat(canonical).isEqualTo("{\"a\":{\"y\":[{\"c\":\"y\",\"d\":\"x\"}],\"z\":true},\"b\":1}");
        assertThat(CanonicalJson.write(CanonicalJson.tree(second))).isEqualTo(canonical);
    }

    @Test
    void jsonAsPostgresqlGivesItBackHasTheSameCanonicalForm() {
        String stored = CanonicalJson.write(CanonicalJson.tree(Map.of("q", "жалоба \"доставка\"", "page", 0)));
        // jsonb output: keys ordered by length, a space after colons and commas
        String fromJsonb = "{\"q\": \"жалоба \\\"доставка\\\"\", \"page\": 0}";

        assertThat(CanonicalJson.write(CanonicalJson.parse(fromJsonb))).isEqualTo(stored);
    }

    @Test
    void numbersAreWrittenAsTheirPlainDecimalValue() {
        String fromCaller = CanonicalJson.write(
                CanonicalJson.tree(Map.of("a", new BigDecimal("1.50"), "b", 1e2, "c", 0.1, "d", -0.0, "e", 7L)));
        String fromJsonb =
                CanonicalJson.write(CanonicalJson.parse("{\"a\": 1.50, \"b\": 100, \"c\": 0.1, \"d\": 0.0, \"e\": 7}"));

        assertThat(fromCaller).isEqualTo("{\"a\":1.5,\"b\":100,\"c\":0.1,\"d\":0,\"e\":7}");
        assertThat(fromJsonb).isEqualTo(fromCaller);
        assertThat(CanonicalJson.write(CanonicalJson.parse("{\"x\": 0.1000000000000000000001}")))
                .isEqualTo("{\"x\":0.1000000000000000000001}");
    }

    @Test
    void stringsEscapeOnlyQuotesBackslashesAndControlCharacters() {
        String canonical = CanonicalJson.write(CanonicalJson.tree(Map.of("s", "a\"b\\c\nd\te\u0001f/é€😀<")));

        assertThat(canonical).isEqualTo("{\"s\":\"a\\\"b\\\\c\\nd\\te\\u0001f/é€😀<\"}");
    }

    @Test
    void textPostgresqlCannotStoreIsReplacedBeforeItIsHashed() {
        assertThat(CanonicalJson.storable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(CanonicalJson.storable("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(CanonicalJson.storable("\uDC00")).isEqualTo("\uFFFD");
        assertThat(CanonicalJson.storable("ok 😀")).isEqualTo("ok 😀");
        assertThat(CanonicalJson.write(CanonicalJson.tree(Map.of("k\u0000", "v\u0000"))))
                .isEqualTo("{\"k\uFFFD\":\"v\uFFFD\"}");
    }

    @Test
    void recordsBecomeObjectsAndNonFiniteNumbersAreRefused() {
        record Change(String from, String to) {}

        assertThat(CanonicalJson.write(CanonicalJson.tree(Map.of("role", new Change("AGENT", "ADMIN")))))
                .isEqualTo("{\"role\":{\"from\":\"AGENT\",\"to\":\"ADMIN\"}}");
        assertThatThrownBy(() -> CanonicalJson.write(CanonicalJson.tree(Map.of("x", Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
