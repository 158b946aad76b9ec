package org.helpdesk.fileimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an import file into rows: RFC 4180 (quotes, doubled quotes, line breaks inside quotes) or JSON Lines. */
public final class ImportFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportFiles() {}

    public record Parsed(List<String> columns, List<ImportRow> rows) {}

    public static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("file", "encoding", "the file must be UTF-8 text");
        }
    }

    public static Parsed parse(String text, ImportFormat format) {
        return format == ImportFormat.JSONL
                ? jsonLines(text)
                : delimited(text, format == ImportFormat.TSV ? '\t' : ',');
    }

    private static Parsed jsonLines(String text) {
        List<ImportRow> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (!node.isObject()) {
                    rows.add(new ImportRow(i + 1, Map.of(), "not a JSON object"));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    JsonNode value = field.getValue();
                    if (!value.isNull() && !value.isMissingNode()) {
                        values.put(field.getKey(), value.isValueNode() ? value.asString() : value.toString());
                    }
                    if (columns.size() < 200) {
                        columns.add(field.getKey());
                    }
                }
                rows.add(new ImportRow(i + 1, values, null));
            } catch (JacksonException e) {
                rows.add(new ImportRow(i + 1, Map.of(), "not valid JSON"));
            }
        }
        return new Parsed(List.copyOf(columns), rows);
    }

    private static Parsed delimited(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    lines.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw InvalidInputException.of(
                    "file", "unbalanced_quotes", "a quoted field starting on line " + recordLine + " never ends");
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
        if (records.isEmpty()) {
            throw InvalidInputException.of("file", "empty", "the file has no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        Set<String> distinct = new LinkedHashSet<>(header);
        if (distinct.size() != header.size() || distinct.contains("")) {
            throw InvalidInputException.of("file", "header", "the header row needs distinct, non-empty column names");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() != header.size()) {
                rows.add(new ImportRow(
                        lines.get(r),
                        Map.of(),
                        "has " + values.size() + " fields where the header has " + header.size()));
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), values.get(c));
            }
            rows.add(new ImportRow(lines.get(r), byColumn, null));
        }
        return new Parsed(header, rows);
    }
}
