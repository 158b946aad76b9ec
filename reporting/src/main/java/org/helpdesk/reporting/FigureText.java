package org.helpdesk.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How every view writes a number: exactly as computed (already rounded), in plain notation with a decimal point,
 * so the page, JSON, CSV, XLSX and PDF show the same digits.
 */
public final class FigureText {

    /** What a view shows when there is no value (an empty period). */
    public static final String NO_VALUE = "—";

    private FigureText() {}

    public static String of(@Nullable BigDecimal value) {
        return value == null ? NO_VALUE : value.toPlainString();
    }

    /** A signed change, e.g. {@code +2.5} or {@code -1.0}. */
    public static String change(@Nullable BigDecimal value) {
        if (value == null) {
            return NO_VALUE;
        }
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}
