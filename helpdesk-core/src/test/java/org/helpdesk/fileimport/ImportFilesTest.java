package org.helpdesk.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportFilesTest {

    @Test
    void csvFollowsRfc4180WithQuotesDoubledQuotesAndLineBreaksInsideFields() {
        String csv = "id,text,rating\r\n"
                + "1,\"Курьер опоздал, \"\"как всегда\"\"\",2\r\n"
                + "2,\"Two\nlines\",5\r\n"
                + "3,plain,4";
        ImportFiles.Parsed parsed = ImportFiles.parse(csv, ImportFormat.CSV);

        assertThat(parsed.columns()).containsExactly("id", "text", "rating");
        assertThat(parsed.rows()).hasSize(3);
        assertThat(parsed.rows().get(0).values().get("text")).isEqualTo("Курьер опоздал, \"как всегда\"");
        assertThat(parsed.rows().get(1).values().get("text")).isEqualTo("Two\nlines");
        assertThat(parsed.rows().get(2).line())
                .as("the line the record starts on")
                .isEqualTo(5);
    }

    @Test
    void rowsEndingInLfAndCrLfMixedInOneFileAreReadAlikeWithTheirLineNumbers() {
        String csv = "id,text,rating\r\n"
                + "1,first,2\n"
                + "2,\"quoted\r\nbreak\",5\r\n"
                + "3,third,4\n"
                + "\r\n"
                + "4,last,1\r\n";
        ImportFiles.Parsed parsed = ImportFiles.parse(csv, ImportFormat.CSV);

        assertThat(parsed.columns()).containsExactly("id", "text", "rating");
        assertThat(parsed.rows()).extracting(ImportRow::unreadable).containsOnlyNulls();
        assertThat(parsed.rows()).extracting(r -> r.values().get("id")).containsExactly("1", "2", "3", "4");
        assertThat(parsed.rows())
                .as("no value keeps a stray carriage return")
                .extracting(r -> r.values().get("rating"))
                .containsExactly("2", "5", "4", "1");
        assertThat(parsed.rows().get(1).values().get("text")).isEqualTo("quoted\r\nbreak");
        assertThat(parsed.rows()).extracting(ImportRow::line).containsExactly(2, 3, 5, 7);

        ImportFiles.Parsed tsv = ImportFiles.parse("id\ttext\n1\tone\r\n2\ttwo\n3\tthree\r\n", ImportFormat.TSV);
        assertThat(tsv.rows()).extracting(r -> r.values().get("text")).containsExactly("one", "two", "three");

        ImportFiles.Parsed jsonl =
                ImportFiles.parse("{\"id\": \"a\"}\r\n{\"id\": \"b\"}\n{\"id\": \"c\"}\r\n", ImportFormat.JSONL);
        assertThat(jsonl.rows()).extracting(ImportRow::unreadable).containsOnlyNulls();
        assertThat(jsonl.rows()).extracting(r -> r.values().get("id")).containsExactly("a", "b", "c");
    }

    @Test
    void tsvAndAByteOrderMarkAndRowsWithTheWrongNumberOfFields() {
        byte[] bytes = "\uFEFFid\ttext\n1\tгрубо\n2\tтоо\tmany\n\n".getBytes(StandardCharsets.UTF_8);
        String text = ImportFiles.decode(bytes);
        ImportFiles.Parsed parsed = ImportFiles.parse(
                text, ImportFormat.detect("x.txt", text.lines().findFirst().orElseThrow()));

        assertThat(parsed.columns()).containsExactly("id", "text");
        assertThat(parsed.rows()).hasSize(2);
        assertThat(parsed.rows().get(1).unreadable()).contains("3 fields where the header has 2");
        assertThat(parsed.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void jsonLinesReadsObjectsAndReportsWhatIsNotOne() {
        String jsonl = "{\"id\": \"a\", \"rating\": 5, \"text\": \"Отлично\", \"tags\": [\"x\"], \"none\": null}\n"
                + "not json\n"
                + "[1, 2]\n"
                + "\n"
                + "{\"id\": \"b\", \"text\": \"Зле\"}";
        ImportFiles.Parsed parsed = ImportFiles.parse(jsonl, ImportFormat.JSONL);

        assertThat(parsed.columns()).containsExactly("id", "rating", "text", "tags", "none");
        assertThat(parsed.rows()).hasSize(4);
        assertThat(parsed.rows().get(0).values()).containsEntry("rating", "5").containsEntry("tags", "[\"x\"]");
        assertThat(parsed.rows().get(0).values()).doesNotContainKey("none");
        assertThat(parsed.rows().get(1).unreadable()).isEqualTo("not valid JSON");
        assertThat(parsed.rows().get(2).unreadable()).isEqualTo("not a JSON object");
        assertThat(parsed.rows().get(3).line()).isEqualTo(5);
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        assertThatThrownBy(() -> ImportFiles.parse("id,text\n1,\"never closed\n", ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("never ends");
        assertThatThrownBy(() -> ImportFiles.parse("id,id\n1,2\n", ImportFormat.CSV))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ImportFiles.decode(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void formatIsDetectedFromTheNameThenFromTheContent() {
        assertThat(ImportFormat.detect("reviews.JSONL", "id,text")).isEqualTo(ImportFormat.JSONL);
        assertThat(ImportFormat.detect("export.csv", "a\tb")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.detect("upload", "{\"a\":1}")).isEqualTo(ImportFormat.JSONL);
        assertThat(ImportFormat.detect("upload", "a\tb")).isEqualTo(ImportFormat.TSV);
        assertThat(ImportFormat.detect("upload", "a,b")).isEqualTo(ImportFormat.CSV);
    }
}
