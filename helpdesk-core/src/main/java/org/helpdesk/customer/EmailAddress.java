package org.helpdesk.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically plausible e-mail address, trimmed; comparison elsewhere is case-insensitive. */
public final class EmailAddress {

    // Deliberately simple: one @, no spaces, a dot in the domain. Delivery is the real check.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 320;

    private EmailAddress() {}

    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && SHAPE.matcher(value.trim()).matches();
    }

    public static String normalize(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
