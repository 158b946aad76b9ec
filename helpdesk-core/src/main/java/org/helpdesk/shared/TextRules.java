package org.helpdesk.shared;

import java.util.List;
import java.util.regex.Pattern;

/** Checks for free text typed by people: required, bounded, no control characters. */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private TextRules() {}

    /** Adds a violation to {@code into} when {@code value} is blank, longer than {@code max} or has control characters. */
    public static void requireText(String field, String value, int max, List<FieldViolation> into) {
        if (value == null || value.isBlank()) {
            into.add(new FieldViolation(field, "required", "must not be empty"));
        } else if (value.length() > max) {
            into.add(new FieldViolation(field, "too_long", "must be at most " + max + " characters"));
        } else if (CONTROL.matcher(value).find()) {
            into.add(new FieldViolation(field, "control_characters", "must not contain control characters"));
        }
    }
}
