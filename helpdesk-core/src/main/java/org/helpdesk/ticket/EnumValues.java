package org.helpdesk.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Parses enum names typed by people or sent as JSON: case-insensitive, surrounding blanks ignored. */
final class EnumValues {

    private EnumValues() {}

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(wanted))
                .findFirst();
    }
}
