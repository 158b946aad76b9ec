package org.helpdesk.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * The language of a text as an ISO 639-1 code ({@code ru}, {@code bg}, {@code en}); other detected
 * languages keep their own code, and {@code und} stands for "could not tell".
 */
public record Language(String code) {

    public static final Language RUSSIAN = new Language("ru");
    public static final Language BULGARIAN = new Language("bg");
    public static final Language ENGLISH = new Language("en");
    public static final Language UNDETERMINED = new Language("und");

    public Language {
        Objects.requireNonNull(code, "code");
        code = code.strip().toLowerCase(Locale.ROOT);
        if (code.isEmpty()) {
            code = "und";
        }
    }

    /** Parses a code such as {@code "ru"}, {@code "RU"}, {@code "rus"} or {@code "bg-BG"}. */
    public static Language of(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        if (dash > 0) {
            c = c.substring(0, dash);
        }
        return switch (c) {
            case "ru", "rus" -> RUSSIAN;
            case "bg", "bul" -> BULGARIAN;
            case "en", "eng" -> ENGLISH;
            case "", "und", "auto", "unknown" -> UNDETERMINED;
            default -> new Language(c);
        };
    }

    /** Whether the analyzer has its own sentiment model, lexicons and themes for this language. */
    public boolean isSupported() {
        return equals(RUSSIAN) || equals(BULGARIAN) || equals(ENGLISH);
    }

    @Override
    public String toString() {
        return code;
    }
}
