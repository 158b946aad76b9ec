package org.helpdesk.ticket;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Human-readable ticket references: {@code HD-1001}; plain numbers are accepted when parsing. */
public final class TicketReference {

    private static final Pattern SHAPE = Pattern.compile("^(?:HD-)?(\\d{1,18})$");

    private TicketReference() {}

    public static String format(long number) {
        return "HD-" + number;
    }

    public static OptionalLong parse(String reference) {
        var matcher = SHAPE.matcher(reference.trim().toUpperCase(Locale.ROOT));
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
