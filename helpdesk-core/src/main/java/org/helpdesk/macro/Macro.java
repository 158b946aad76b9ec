package org.helpdesk.macro;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A canned response. The body may hold placeholders such as {@code {{customer.name}}}, {@code {{ticket.reference}}},
 * {@code {{ticket.subject}}} or {@code {{agent.name}}}; {@code setStatus} optionally moves the ticket on
 * (OPEN, PENDING — waiting on the customer — or RESOLVED) when the macro is applied.
 */
public record Macro(
        UUID id,
        String name,
        String body,
        String visibility,
        @Nullable String setStatus,
        boolean active) {

    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z]+\\.[a-zA-Z]+)\\s*}}");

    /** The body with every known placeholder filled in; unknown ones are left as typed, so a typo shows. */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
