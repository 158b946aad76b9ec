package org.helpdesk.web.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows numbers in the reader's language: {@code ${@figures.count(n)}} for counts ({@code 12,345} / {@code 12 345}),
 * {@code ${@figures.figure(v)}} (or {@code reported(text)}) for computed values with exactly their digits ({@code 3.50} / {@code 3,50}, no
 * thousands separator, as in the exports) and {@code ${@figures.percent(p)}} for 0–100 progress.
 */
@Component("figures")
public class NumberDisplay {

    /** What a page shows for no value. */
    static final String NO_VALUE = "—";

    public String count(@Nullable Number count) {
        return count == null
                ? NO_VALUE
                : NumberFormat.getIntegerInstance(locale()).format(count);
    }

    public String figure(@Nullable BigDecimal value) {
        if (value == null) {
            return NO_VALUE;
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale());
        int digits = Math.max(0, value.scale());
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /**
     * A figure a report view already wrote as plain text ({@code 95.0}, {@code +2.5}, {@code —}), in the reader's
     * language; text that is not a number is shown as it is.
     */
    public String reported(@Nullable String plain) {
        if (plain == null || plain.isBlank()) {
            return plain == null ? NO_VALUE : plain;
        }
        try {
            BigDecimal value = new BigDecimal(plain);
            return (plain.startsWith("+") ? "+" : "") + figure(value);
        } catch (NumberFormatException notANumber) {
            return plain;
        }
    }

    /** A share from 0 to 100, with the reader's percent sign: {@code 45%}, {@code 45 %}. */
    public String percent(@Nullable Number percent) {
        if (percent == null) {
            return NO_VALUE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(percent.doubleValue() / 100);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
