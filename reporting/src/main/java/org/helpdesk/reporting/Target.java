package org.helpdesk.reporting;

import java.math.BigDecimal;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A KPI's target: green when the value meets it ({@code value <comparison> target}); amber when it misses it
 * by at most {@code amberTolerance} (in the KPI's unit); red otherwise.
 */
public record Target(Comparison comparison, BigDecimal value, BigDecimal amberTolerance) {

    public Target {
        if (amberTolerance.signum() < 0) {
            throw InvalidInputException.of("amberTolerance", "out_of_range", "must not be negative");
        }
    }

    public static Target of(Comparison comparison, String value, String amberTolerance) {
        return new Target(comparison, new BigDecimal(value), new BigDecimal(amberTolerance));
    }

    public boolean isMetBy(BigDecimal actual) {
        return comparison.holds(actual, value);
    }

    public Rag assess(@Nullable BigDecimal actual) {
        if (actual == null) {
            return Rag.NONE;
        }
        if (isMetBy(actual)) {
            return Rag.GREEN;
        }
        return actual.subtract(value).abs().compareTo(amberTolerance) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** E.g. {@code ≥ 95}. */
    public String text() {
        return comparison.symbol() + " " + value.stripTrailingZeros().toPlainString();
    }
}
