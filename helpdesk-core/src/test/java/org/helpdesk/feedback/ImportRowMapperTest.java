package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ImportRowMapperTest {

    static final UUID MORTGAGE = UUID.randomUUID();
    static final UUID KNOWN_CUSTOMER = UUID.randomUUID();
    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    final ImportMapping mapping =
            new ImportMapping("text", "date", "rating", "CSAT", "product", null, "email", "id", null, "banki.ru");
    final ImportRowMapper mapper = new ImportRowMapper(
            mapping,
            SOFIA,
            Map.of("Ипотека", MORTGAGE),
            email -> email.equals("known@example.com") ? Optional.of(KNOWN_CUSTOMER) : Optional.empty());

    @Test
    void aGoodRowBecomesADraftWithProductCustomerScaleAndDefaultChannel() {
        ImportedRow row = mapper.map(row(
                2,
                Map.of(
                        "id",
                        "banki.ru:1",
                        "text",
                        "  Ипотеку одобрили быстро  ",
                        "rating",
                        "5",
                        "date",
                        "31.05.2025 14:52",
                        "product",
                        "ипотека",
                        "email",
                        "known@example.com")));

        assertThat(row.problem()).isNull();
        FeedbackDraft draft = row.draft();
        assertThat(draft.kind()).isEqualTo("CSAT");
        assertThat(draft.score()).isEqualTo(5);
        assertThat(draft.comment()).isEqualTo("Ипотеку одобрили быстро");
        assertThat(draft.receivedAt()).isEqualTo(Instant.parse("2025-05-31T11:52:00Z"));
        assertThat(draft.productId()).isEqualTo(MORTGAGE);
        assertThat(row.productLabel()).isEqualTo("ипотека");
        assertThat(draft.customerId()).isEqualTo(KNOWN_CUSTOMER);
        assertThat(draft.channel()).isEqualTo("banki.ru");
        assertThat(draft.externalId()).isEqualTo("banki.ru:1");
    }

    @Test
    void datesInTheUsualFormsAreRead() {
        for (String date : List.of(
                "2025-05-31T11:52:00Z",
                "2025-05-31T14:52:00+03:00",
                "2025-05-31 14:52",
                "2025-05-31T14:52:00",
                "31.05.2025 14:52",
                "1748692320")) {
            assertThat(mapper.map(row(2, Map.of("text", "x", "date", date)))
                            .draft()
                            .receivedAt())
                    .as(date)
                    .isEqualTo(Instant.parse("2025-05-31T11:52:00Z"));
        }
        assertThat(mapper.map(row(2, Map.of("text", "x", "date", "2025-05-31")))
                        .draft()
                        .receivedAt())
                .isEqualTo(Instant.parse("2025-05-30T21:00:00Z"));
    }

    @Test
    void badRowsSayWhatIsWrong() {
        assertThat(mapper.map(row(7, Map.of("text", "x", "rating", "five"))).problem())
                .isEqualTo("score \"five\" is not a number");
        assertThat(mapper.map(row(7, Map.of("text", "x", "rating", "4.5"))).problem())
                .contains("whole number");
        assertThat(mapper.map(row(7, Map.of("text", "x", "rating", "9"))).problem())
                .contains("CSAT score is between 1 and 5");
        assertThat(mapper.map(row(7, Map.of("text", "x", "date", "yesterday"))).problem())
                .isEqualTo("date \"yesterday\" is not understood");
        assertThat(mapper.map(row(7, Map.of("text", " ", "rating", ""))).problem())
                .contains("give a comment");
        assertThat(mapper.map(new ImportRow(9, Map.of(), "not valid JSON")).problem())
                .isEqualTo("not valid JSON");
        assertThat(mapper.map(row(7, Map.of("text", "x".repeat(FeedbackDraft.COMMENT_MAX + 1))))
                        .problem())
                .contains("comment");
    }

    @Test
    void theMappingMustNameColumnsTheFileHas() {
        assertThatThrownBy(() -> mapping.validate(List.of("id", "text")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(v -> v.field())
                        .contains("date", "score", "product", "customer"));
        assertThatThrownBy(() -> new ImportMapping(null, null, null, null, null, null, null, null, null, null)
                        .validate(List.of("text")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ImportMapping("text", null, "text", null, null, null, null, null, null, null)
                        .validate(List.of("text")))
                .as("scores need a scale")
                .isInstanceOf(InvalidInputException.class);
    }

    private static ImportRow row(int line, Map<String, String> values) {
        return new ImportRow(line, values, null);
    }
}
