package org.helpdesk.analysis.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    private static List<Map<String, String>> readAll(String content, boolean jsonLines) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        try (RecordReader r = RecordReader.of(new StringReader(content), jsonLines)) {
            for (Map<String, String> m = r.next(); m != null; m = r.next()) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void tsvQuotedFieldsMayHoldTabsLineBreaksAndDoubledQuotes() throws IOException {
        String tsv = "id\tlabel\ttext\n1\tpositive\t\"He said \"\"wow\"\"\tand\nleft\"\n2\tnegative\tplain\n";
        List<Map<String, String>> rows = readAll(tsv, false);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("text")).isEqualTo("He said \"wow\"\tand\nleft");
        assertThat(rows.get(1)).containsEntry("id", "2").containsEntry("text", "plain");
    }

    @Test
    void quotesInsideAnUnquotedFieldAreKept() throws IOException {
        assertThat(readAll("text\nsay \"hi\" ok\n", false).get(0).get("text")).isEqualTo("say \"hi\" ok");
    }

    @Test
    void shortRowsGetEmptyFieldsAndCrLfIsAccepted() throws IOException {
        List<Map<String, String>> rows = readAll("\ufeffid\ttext\r\n7\r\n", false);
        assertThat(rows.get(0)).containsEntry("id", "7").containsEntry("text", "");
    }

    @Test
    void jsonLinesSkipBlankAndCountBrokenLines() throws IOException {
        String jsonl =
                "{\"id\": 5, \"text\": \"ok\"}\n\nnot json\n{\"id\": \"x\", \"text\": \"fine\", \"nested\": {\"a\": 1}}\n";
        try (RecordReader r = RecordReader.of(new StringReader(jsonl), true)) {
            assertThat(r.next()).containsEntry("id", "5").containsEntry("text", "ok");
            Map<String, String> second = r.next();
            assertThat(second).containsEntry("nested", "{\"a\":1}");
            assertThat(r.next()).isNull();
            assertThat(r.malformed()).isEqualTo(1);
        }
    }
}
