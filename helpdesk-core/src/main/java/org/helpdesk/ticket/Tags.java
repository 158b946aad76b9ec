package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpdesk.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/** Free tags on tickets: lower-case words of letters, digits, '-' and '_', at most {@value #MAX} per ticket. */
public final class Tags {

    public static final int MAX = 20;
    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile("^[\\p{L}\\p{N}_-]{1," + MAX_LENGTH + "}$");

    private Tags() {}

    /** Normalises tags (trimmed, lower case, duplicates dropped) or adds a violation for the first bad one. */
    static List<String> normalize(@Nullable List<String> tags, List<FieldViolation> violations) {
        if (tags == null) {
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : tags) {
            String value = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (!SHAPE.matcher(value).matches()) {
                violations.add(new FieldViolation(
                        "tags", "invalid_tag", "tags are words of letters, digits, - and _, at most 40 long"));
                return List.of();
            }
            clean.add(value);
        }
        if (clean.size() > MAX) {
            violations.add(new FieldViolation("tags", "too_many", "at most " + MAX + " tags"));
        }
        return new ArrayList<>(clean);
    }

    /** Splits what people type into a tag field: commas or blanks between tags. */
    public static List<String> split(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.of(typed.strip().split("[,\\s]+"));
    }
}
