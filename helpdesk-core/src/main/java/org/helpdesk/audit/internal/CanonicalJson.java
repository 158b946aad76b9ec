package org.helpdesk.audit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way audit details are written for hashing, so that the JSON PostgreSQL gives back from
 * {@code jsonb} (keys reordered, spaces added) hashes exactly like the JSON that was stored:
 * <ul>
 *   <li>objects: members sorted by key (by UTF-16 code units, as {@link String#compareTo}), no whitespace;
 *   <li>strings: only {@code "} and {@code \} and U+0000..U+001F escaped ({@code \b \t \n \f \r} short, the
 *       rest as {@code \}{@code u00xx} in lower case); everything else written as is (UTF-8);
 *   <li>numbers: the decimal value without trailing zeros, never in exponent form ({@code 1.50} and
 *       {@code 15e-1} are both {@code 1.5}; {@code 1e2} is {@code 100});
 *   <li>{@code true}, {@code false}, {@code null} as in JSON; arrays keep their order.
 * </ul>
 * Text that PostgreSQL cannot store (U+0000, unpaired surrogates) is replaced by U+FFFD before anything
 * is stored, so what is hashed is what is kept.
 */
public final class CanonicalJson {

    /** Private, so the hashed form never depends on how the application's own mapper is configured. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {}

    /** Details as given by a caller (maps, lists, strings, numbers, booleans, records) as a clean JSON tree. */
    public static ObjectNode tree(Map<String, ?> details) {
        JsonNode node = JSON.valueToTree(details);
        return (ObjectNode) clean(node);
    }

    /** Parses stored JSON, e.g. the text of a {@code jsonb} column; decimals keep every digit. */
    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    /** The canonical text of {@code node}. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** Replaces what PostgreSQL cannot store (U+0000, unpaired surrogates) with U+FFFD. */
    public static String storable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c == 0
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static JsonNode clean(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode copy = nodes.objectNode();
            node.properties().forEach(p -> copy.set(storable(p.getKey()), clean(p.getValue())));
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.values().forEach(v -> items.add(clean(v)));
            return nodes.arrayNode().addAll(items);
        }
        if (node.isString()) {
            return nodes.stringNode(storable(node.stringValue()));
        }
        if (node.isNumber()) {
            return nodes.numberNode(number(node));
        }
        if (node.isBoolean() || node.isNull()) {
            return node;
        }
        throw new IllegalArgumentException("audit details must be plain JSON values, not " + node.getNodeType());
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                out.append(i == 0 ? "" : ",");
                string(members.get(i).getKey(), out);
                out.append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            int i = 0;
            for (JsonNode item : node.values()) {
                out.append(i++ == 0 ? "" : ",");
                write(item, out);
            }
            out.append(']');
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else if (node.isNumber()) {
            out.append(number(node).toPlainString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static BigDecimal number(JsonNode node) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            throw new IllegalArgumentException("audit details cannot hold NaN or infinite numbers");
        }
        BigDecimal value = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
