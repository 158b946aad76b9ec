package org.helpdesk.analysis.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesAndReadsBackNestedValues() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "Тест \"кавычки\"\n\ttab \u0001 😀");
        value.put("score", -0.25);
        value.put("count", 3);
        value.put("ok", true);
        value.put("list", List.of("a", 1.5));
        String json = Json.write(value);
        assertThat(json).startsWith("{\"text\":\"Тест \\\"кавычки\\\"\\n\\ttab \\u0001 😀\",");
        Map<String, Object> back = Json.parseObject(json);
        assertThat(back.get("text")).isEqualTo(value.get("text"));
        assertThat(back.get("score")).isEqualTo(-0.25);
        assertThat(back.get("count")).isEqualTo(3.0);
        assertThat(back.get("list")).isEqualTo(List.of("a", 1.5));
    }

    @Test
    void prettyOutputParsesToTheSameValue() {
        Map<String, Object> value = Map.of("themes", List.of(Map.of("id", "delivery")));
        assertThat(Json.parse(Json.writePretty(value))).isEqualTo(value);
    }

    @Test
    void readsUnicodeEscapes() {
        assertThat(Json.parse("\"\\u0416\\u00e9\"")).isEqualTo("Жé");
    }

    @Test
    void rejectsBrokenJsonWithAPosition() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at 6");
        assertThatThrownBy(() -> Json.parse("[1, 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonFiniteNumbersAreWrittenAsNull() {
        assertThat(Json.write(List.of(Double.NaN, 2.0))).isEqualTo("[null,2]");
    }
}
