package org.helpdesk.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.fileimport.ImportValues;
import org.helpdesk.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/** Turns rows into feedback drafts under a mapping: dates, scores, products and customers are resolved here. */
final class ImportRowMapper {

    private final ImportMapping mapping;
    private final @Nullable SurveyKind kind;
    private final ZoneId zone;
    private final Map<String, UUID> productsByName;
    private final Function<String, Optional<UUID>> customerByEmail;

    ImportRowMapper(
            ImportMapping mapping,
            ZoneId zone,
            Map<String, UUID> productsByName,
            Function<String, Optional<UUID>> customerByEmail) {
        this.mapping = mapping;
        this.kind = mapping.scale() == null
                ? null
                : SurveyKind.parse(mapping.scale()).orElse(null);
        this.zone = zone;
        this.productsByName = productsByName.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
        this.customerByEmail = customerByEmail;
    }

    ImportedRow map(ImportRow row) {
        if (row.unreadable() != null) {
            return ImportedRow.rejected(row.line(), row.unreadable());
        }
        String text = value(row, mapping.text());
        String scoreText = value(row, mapping.score());
        Integer score = null;
        if (scoreText != null) {
            try {
                double parsed = Double.parseDouble(scoreText.replace(',', '.'));
                if (parsed != Math.rint(parsed)) {
                    return ImportedRow.rejected(row.line(), "score \"" + clip(scoreText) + "\" is not a whole number");
                }
                score = (int) parsed;
            } catch (NumberFormatException e) {
                return ImportedRow.rejected(row.line(), "score \"" + clip(scoreText) + "\" is not a number");
            }
        }
        Instant received = null;
        String dateText = value(row, mapping.date());
        if (dateText != null) {
            received = date(dateText);
            if (received == null) {
                return ImportedRow.rejected(row.line(), "date \"" + clip(dateText) + "\" is not understood");
            }
        }
        String productLabel = value(row, mapping.product());
        if (productLabel != null && productLabel.length() > 200) {
            return ImportedRow.rejected(row.line(), "product is longer than 200 characters");
        }
        UUID product = productLabel == null ? null : productsByName.get(productLabel.toLowerCase(Locale.ROOT));
        String email = value(row, mapping.customer());
        UUID customer = email == null ? null : customerByEmail.apply(email).orElse(null);
        String channel = Optional.ofNullable(value(row, mapping.channel())).orElse(mapping.defaultChannel());
        String language = value(row, mapping.language());
        FeedbackDraft draft = new FeedbackDraft(
                score == null || kind == null ? null : kind.name(),
                score == null || kind == null ? null : score,
                text,
                language == null ? null : language.toLowerCase(Locale.ROOT),
                channel,
                product,
                null,
                customer,
                null,
                received,
                value(row, mapping.externalId()));
        List<FieldViolation> problems = draft.violations("");
        if (!problems.isEmpty()) {
            return ImportedRow.rejected(
                    row.line(),
                    problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return new ImportedRow(row.line(), draft, productLabel, null);
    }

    private @Nullable Instant date(String text) {
        return ImportValues.instant(text, zone);
    }

    private static @Nullable String value(ImportRow row, @Nullable String column) {
        return ImportValues.value(row, column);
    }

    private static String clip(String value) {
        return ImportValues.quote(value);
    }
}
