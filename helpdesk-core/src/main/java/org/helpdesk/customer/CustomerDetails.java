package org.helpdesk.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** What an agent types about a customer; {@link #validate()} decides what is acceptable. */
public record CustomerDetails(
        @Nullable String email,
        @Nullable String name,
        @Nullable String phone,
        @Nullable String language,
        @Nullable String company,
        @Nullable String segment) {

    private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    /** Checks every field, reporting all problems at once; returns the details trimmed, blanks as null. */
    public CustomerDetails validate() {
        List<FieldViolation> violations = new ArrayList<>();
        if (email == null || !EmailAddress.isValid(email)) {
            violations.add(new FieldViolation("customerEmail", "invalid_email", "must be a valid e-mail address"));
        }
        optionalText("customerName", name, 200, violations);
        optionalText("company", company, 200, violations);
        optionalText("segment", segment, 40, violations);
        if (present(phone) && !PHONE.matcher(phone.strip()).matches()) {
            violations.add(new FieldViolation("customerPhone", "invalid_phone", "must be a phone number"));
        }
        if (present(language)
                && !LANGUAGE.matcher(language.strip().toLowerCase(Locale.ROOT)).matches()) {
            violations.add(new FieldViolation("language", "unknown_value", "must be a language code such as ru"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CustomerDetails(
                EmailAddress.normalize(email),
                clean(name),
                clean(phone),
                present(language) ? language.strip().toLowerCase(Locale.ROOT) : null,
                clean(company),
                clean(segment));
    }

    private static void optionalText(String field, @Nullable String value, int max, List<FieldViolation> into) {
        if (value != null && value.length() > max) {
            into.add(new FieldViolation(field, "too_long", "must be at most " + max + " characters"));
        } else if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c))) {
            into.add(new FieldViolation(field, "control_characters", "must not contain control characters"));
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static @Nullable String clean(@Nullable String value) {
        return present(value) ? value.strip() : null;
    }
}
