package org.helpdesk.reporting;

import java.math.BigDecimal;

/** How a KPI's value is held against its target: the value must be greater than, at least, below or at most it. */
public enum Comparison {
    GT(">"),
    GE("≥"),
    LT("<"),
    LE("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    boolean holds(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
        };
    }
}
