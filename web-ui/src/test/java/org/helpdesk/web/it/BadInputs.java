package org.helpdesk.web.it;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad input of {@link BadInputSweepIT}, generated from what an endpoint declares: a table of hostile values
 * (huge, control characters, SQL and Elasticsearch syntax, HTML, invalid UTF-8, numbers out of range, unknown enum
 * values), and for a JSON body a valid-looking skeleton built from its Java type, from which each variant breaks
 * one thing (a field's type, its absence, a hostile value, the JSON itself). Deterministic: the same endpoints give
 * the same requests in the same order, so a failure reproduces.
 */
final class BadInputs {

    static final int MEGABYTE = 1024 * 1024;
    static final String HUGE = "x".repeat(MEGABYTE);
    static final int DEEP = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BadInputs() {}

    /** Hostile strings for any text field, parameter or form field. */
    static final Map<String, String> STRINGS = table(
            "empty", "",
            "blank", "   ",
            "control characters", "a\u0000b\u0007c\u001b[31md\r\ne\u007f",
            "nul", "\u0000",
            "lone surrogate", "a\uD800b",
            "bidi override", "\u202Egnp.exe",
            "sql quote", "'; DROP TABLE ticket; --",
            "sql or", "x' OR '1'='1",
            "sql comment", "1/*",
            "es query syntax", "status:(OPEN OR *) AND title:/.*/ ~2 ^3 \\ \" { [ ( ) ] } <> && || !",
            "es json", "{\"query\":{\"match_all\":{}}}",
            "es wildcard", "*",
            "html script", "<script>alert(1)</script>",
            "html attribute", "\"><img src=x onerror=alert(1)>",
            "template", "${7*7}[[${7*7}]]#{7*7}",
            "path traversal", "../../../../etc/passwd",
            "long unicode", "ж".repeat(5000));

    /** Hostile values for query and form parameters: pagination, numbers, dates, enums. */
    static final Map<String, String> PARAMETERS = merge(
            table(
                    "negative", "-1",
                    "zero", "0",
                    "below int", "-2147483649",
                    "above int", "2147483648",
                    "huge number", "99999999999999999999999999999",
                    "fraction", "1.5",
                    "exponent", "1e400",
                    "not a number", "abc",
                    "unknown enum", "NO_SUCH_VALUE",
                    "bad date", "2025-13-45",
                    "not a uuid", "not-a-uuid"),
            STRINGS);

    /** Hostile values for path variables, already URL-encoded: ids that are not ids, traversal, huge numbers. */
    static final Map<String, String> PATH_VALUES = table(
            "not a uuid", "not-a-uuid",
            "huge number", "99999999999999999999999999999",
            "negative", "-1",
            "encoded traversal", "..%2F..%2Fetc%2Fpasswd",
            "dot dot", "..",
            "encoded nul", "%00",
            "invalid utf-8", "%C3%28%FF",
            "sql", "1%27%20OR%20%271%27%3D%271",
            "html", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "long", "a".repeat(2000));

    /** File names for multipart uploads. */
    static final Map<String, String> FILE_NAMES = table(
            "traversal", "../../../../etc/passwd",
            "windows traversal", "..\\..\\..\\windows\\win.ini",
            "absolute", "/etc/passwd",
            "encoded traversal", "%2e%2e%2f%2e%2e%2fimport.csv",
            "nul", "import\u0000.csv",
            "html", "<script>alert(1)</script>.csv",
            "empty", "",
            "long", "f".repeat(1000) + ".csv");

    /** One JSON request body, as bytes (some are not valid UTF-8, or not JSON at all). */
    record Body(String name, byte[] bytes) {

        static Body of(String name, String text) {
            return new Body(name, text.getBytes(StandardCharsets.UTF_8));
        }

        static Body json(String name, Object value) {
            return of(name, JSON.writeValueAsString(value));
        }
    }

    /** Bodies that are not JSON, or JSON that no endpoint can take, whatever its shape. */
    static List<Body> malformed() {
        List<Body> bodies = new ArrayList<>();
        for (var entry : table(
                        "empty body", "",
                        "unclosed object", "{",
                        "unclosed field", "{\"a\":",
                        "trailing comma", "{\"a\":1,}",
                        "single quotes", "{'a':'b'}",
                        "bare word", "not json",
                        "unclosed array", "[1,2",
                        "two documents", "{}{}",
                        "comment", "/* x */ {}",
                        "unescaped control character", "{\"a\":\"x\u0001y\"}",
                        "json null", "null",
                        "json string", "\"text\"",
                        "json number", "42",
                        "huge number", "1" + "0".repeat(5000),
                        "json array", "[]",
                        "array of nulls", "[null,null]")
                .entrySet()) {
            bodies.add(Body.of(entry.getKey(), entry.getValue()));
        }
        bodies.add(Body.of("deep arrays", "[".repeat(DEEP) + "]".repeat(DEEP)));
        bodies.add(Body.of("deep objects", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        bodies.add(Body.of("long field name", "{\"" + "n".repeat(60_000) + "\":1}"));
        bodies.add(new Body("invalid utf-8", bytes("{\"a\":\"", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, "\"}")));
        bodies.add(new Body("utf-16 body", "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16)));
        return bodies;
    }

    /** The variants of a body of the given Java type: each breaks one thing of a valid-looking skeleton. */
    static List<Body> variants(ResolvableType type) {
        Object skeleton = sample(type, 0);
        List<Body> bodies = new ArrayList<>(malformed());
        bodies.add(Body.json("skeleton", skeleton));
        if (!(skeleton instanceof Map<?, ?> map)) {
            return bodies;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) map;
        bodies.add(Body.json("no fields", Map.of()));
        bodies.add(Body.json("extra field", with(fields, "sweepUnknownField", "x")));
        bodies.add(Body.json("extra object", with(fields, "__proto__", Map.of("admin", true))));
        bodies.add(Body.json("as array", List.of(fields)));
        Map<String, ResolvableType> types = fieldTypes(type);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            bodies.add(Body.json(name + " missing", without(fields, name)));
            bodies.add(Body.json(name + " null", with(fields, name, null)));
            bodies.add(Body.json(name + " deep", with(fields, name, nested(200))));
            String template = JSON.writeValueAsString(with(fields, name, "@@"));
            int at = template.indexOf("\"@@\"");
            bodies.add(Body.of(
                    name + " deep beyond any limit",
                    template.substring(0, at) + "[".repeat(DEEP) + "]".repeat(DEEP) + template.substring(at + 4)));
            for (Object wrong : wrongTypes(value)) {
                bodies.add(Body.json(name + " as " + kind(wrong), with(fields, name, wrong)));
            }
            if (value instanceof String) {
                bodies.add(Body.json(name + " 1 MB", with(fields, name, HUGE)));
                for (var hostile : STRINGS.entrySet()) {
                    bodies.add(Body.json(name + " " + hostile.getKey(), with(fields, name, hostile.getValue())));
                }
                bodies.add(new Body(
                        name + " invalid utf-8",
                        bytes(
                                template.substring(0, at + 1),
                                new byte[] {(byte) 0xC3, 0x28, (byte) 0xFE, (byte) 0xFF},
                                template.substring(at + 3))));
            }
            if (value instanceof Number) {
                for (Object number : List.of(-1, 0, -2147483649L, new BigInteger("99999999999999999999999999"), 0.5)) {
                    bodies.add(Body.json(name + " " + number, with(fields, name, number)));
                }
                bodies.add(Body.of(name + " 1e400", template.substring(0, at) + "1e400" + template.substring(at + 4)));
            }
            ResolvableType fieldType = types.get(name);
            if (fieldType != null && isEnum(fieldType)) {
                bodies.add(Body.json(name + " unknown enum", with(fields, name, "NO_SUCH_VALUE")));
                bodies.add(Body.json(
                        name + " enum lower case",
                        with(fields, name, String.valueOf(value).toLowerCase(Locale.ROOT))));
            }
            if (fieldType != null && isCollection(fieldType) && isEnum(fieldType.getNested(2))) {
                bodies.add(Body.json(name + " unknown enum", with(fields, name, List.of("NO_SUCH_VALUE"))));
            }
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                bodies.add(Body.json(name + " hostile items", with(fields, name, new ArrayList<>(STRINGS.values()))));
                bodies.add(Body.json(
                        name + " 10,000 items", with(fields, name, java.util.Collections.nCopies(10_000, "x"))));
            }
        }
        return bodies;
    }

    /** A valid-looking value for a Java type: what a client that read the API description would send. */
    static @Nullable Object sample(ResolvableType type, int depth) {
        Class<?> raw = type.toClass();
        if (raw == String.class || raw == CharSequence.class) {
            return "sweep";
        }
        if (raw == char.class || raw == Character.class) {
            return "x";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return 1.5;
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal("1.5");
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            return 1;
        }
        if (raw == java.util.UUID.class) {
            return PathVariables.NOTHING_ID;
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        Object time = time(raw);
        if (time != null) {
            return time;
        }
        if (raw == Optional.class) {
            return sample(type.getGeneric(0), depth);
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Object item =
                    depth > 3 ? null : sample(raw.isArray() ? type.getComponentType() : type.getGeneric(0), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Object value = depth > 3 ? null : sample(type.getGeneric(1), depth + 1);
            return value == null ? Map.of() : Map.of("key", value);
        }
        if (raw.isRecord() && depth <= 3) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), sample(ResolvableType.forType(component.getGenericType()), depth + 1));
            }
            return fields;
        }
        if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
            return new LinkedHashMap<>(Map.of("text", "sweep"));
        }
        return depth > 3 ? null : Map.of();
    }

    private static @Nullable Object time(Class<?> raw) {
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return "2025-01-01T09:00:00Z";
        }
        if (raw == LocalDate.class) {
            return "2025-01-01";
        }
        if (raw == LocalDateTime.class) {
            return "2025-01-01T09:00:00";
        }
        if (raw == LocalTime.class) {
            return "09:00:00";
        }
        if (raw == Duration.class) {
            return "PT1H";
        }
        if (raw == Period.class) {
            return "P1D";
        }
        if (raw == YearMonth.class) {
            return "2025-01";
        }
        if (ZoneId.class.isAssignableFrom(raw)) {
            return "Europe/Sofia";
        }
        if (raw == Locale.class) {
            return "en";
        }
        if (raw == URI.class || raw == URL.class) {
            return "https://example.org/";
        }
        return null;
    }

    private static Map<String, ResolvableType> fieldTypes(ResolvableType type) {
        Map<String, ResolvableType> types = new LinkedHashMap<>();
        if (type.toClass().isRecord()) {
            for (RecordComponent component : type.toClass().getRecordComponents()) {
                types.put(component.getName(), ResolvableType.forType(component.getGenericType()));
            }
        }
        return types;
    }

    private static boolean isEnum(ResolvableType type) {
        return type.toClass().isEnum();
    }

    private static boolean isCollection(ResolvableType type) {
        return Collection.class.isAssignableFrom(type.toClass());
    }

    /** Values of the other JSON types than the field's. */
    private static List<Object> wrongTypes(@Nullable Object value) {
        if (value instanceof String) {
            return List.of(Map.of("a", 1), List.of("x"), true, 12345);
        }
        if (value instanceof Number) {
            return List.of("abc", Map.of("a", 1), List.of(1), true);
        }
        if (value instanceof Boolean) {
            return List.of("maybe", 7, Map.of("a", 1));
        }
        if (value instanceof List<?>) {
            return List.of("notalist", Map.of("a", 1), 5);
        }
        if (value instanceof Map<?, ?>) {
            return List.of("x", List.of(1), 5, true);
        }
        return List.of("x", 5, Map.of("a", 1));
    }

    private static String kind(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        return value instanceof List<?> ? "array" : "object";
    }

    private static Object nested(int depth) {
        Object value = List.of();
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    private static Map<String, Object> with(Map<String, Object> fields, String name, @Nullable Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> fields, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.remove(name);
        return copy;
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static Map<String, String> table(String... namesAndValues) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            table.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return table;
    }

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... tables) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map<String, String> table : tables) {
            all.putAll(table);
        }
        return all;
    }

    /** Names commonly taken from a map of parameters (handlers that read them themselves). */
    static final List<String> COMMON_PARAMETERS =
            List.of("q", "page", "size", "sort", "from", "to", "status", "priority", "team", "language", "after");
}
