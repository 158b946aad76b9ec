package org.helpdesk.web.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The zones a person may pick: the JDK's region ids ({@code Europe/Sofia}), not offsets or legacy aliases. */
final class TimeZoneChoice {

    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|" + "Indian|Pacific)/[A-Za-z_\\-/]+|UTC");

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION.matcher(id).matches())
            .sorted()
            .toList();

    private static final Set<String> ALLOWED = Set.copyOf(ALL);

    private TimeZoneChoice() {}

    /** Blank means the organisation's zone ({@code null}); anything else must be one of {@link #ALL}. */
    static @Nullable ZoneId parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!ALLOWED.contains(id)) {
            throw InvalidInputException.of(
                    "timeZone", "unknown_value", "must be a region time zone such as Europe/Sofia");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw InvalidInputException.of(
                    "timeZone", "unknown_value", "must be a region time zone such as Europe/Sofia");
        }
    }
}
