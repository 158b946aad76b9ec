package org.helpdesk.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which column of an import file holds what. {@code text} or {@code score} is required; {@code scale} says which
 * scale scores are on (CSAT 1–5, NPS 0–10, CES 1–7); {@code defaultChannel} applies when no column gives one (e.g.
 * {@code app-store}). Column names are the file's header names (CSV/TSV) or keys (JSON Lines).
 */
public record ImportMapping(
        @Nullable String text,
        @Nullable String date,
        @Nullable String score,
        @Nullable String scale,
        @Nullable String product,
        @Nullable String channel,
        @Nullable String customer,
        @Nullable String externalId,
        @Nullable String language,
        @Nullable String defaultChannel) {

    public ImportMapping {
        text = blankToNull(text);
        date = blankToNull(date);
        score = blankToNull(score);
        scale = blankToNull(scale);
        product = blankToNull(product);
        channel = blankToNull(channel);
        customer = blankToNull(customer);
        externalId = blankToNull(externalId);
        language = blankToNull(language);
        defaultChannel = blankToNull(defaultChannel);
    }

    /** Checks the mapping against the file's columns; every problem at once. */
    public void validate(Collection<String> columns) {
        List<FieldViolation> errors = new ArrayList<>();
        if (text == null && score == null) {
            errors.add(new FieldViolation("text", "required", "map the text column, the score column or both"));
        }
        if (score != null && scale == null) {
            errors.add(new FieldViolation("scale", "required", "say which scale the scores are on: CSAT, NPS or CES"));
        }
        if (scale != null && SurveyKind.parse(scale).isEmpty()) {
            errors.add(new FieldViolation("scale", "unknown_value", "the scale is CSAT, NPS or CES"));
        }
        if (defaultChannel != null && defaultChannel.length() > 32) {
            errors.add(new FieldViolation("defaultChannel", "too_long", "at most 32 characters"));
        }
        Map<String, String> columnsByField = new java.util.LinkedHashMap<>();
        columnsByField.put("text", text);
        columnsByField.put("date", date);
        columnsByField.put("score", score);
        columnsByField.put("product", product);
        columnsByField.put("channel", channel);
        columnsByField.put("customer", customer);
        columnsByField.put("externalId", externalId);
        columnsByField.put("language", language);
        columnsByField.forEach((field, column) -> {
            if (column != null && !columns.contains(column)) {
                errors.add(new FieldViolation(field, "unknown_column", "the file has no column \"" + column + "\""));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
