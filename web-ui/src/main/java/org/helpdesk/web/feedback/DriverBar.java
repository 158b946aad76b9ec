package org.helpdesk.web.feedback;

import java.util.List;
import org.helpdesk.feedback.ScoreDrivers;
import org.helpdesk.feedback.ScoreImpact;
import org.jspecify.annotations.Nullable;

/**
 * A driver's difference as a bar from zero with its confidence interval as whiskers, in SVG coordinates
 * ({@link #WIDTH} wide, zero in the middle). All bars of one table share a scale so they can be compared.
 */
record DriverBar(double zero, double barX, double barWidth, double low, double high, String tone) {

    static final int WIDTH = 200;
    private static final double HALF = WIDTH / 2.0 - 6;

    /** The largest distance from zero of any difference or interval end in the table, at least {@code floor}. */
    static double scale(List<ScoreDrivers.ThemeDriver> drivers, double floor) {
        double limit = floor;
        for (ScoreDrivers.ThemeDriver d : drivers) {
            ScoreImpact i = d.impact();
            if (i.enoughData()) {
                limit = Math.max(limit, Math.max(Math.abs(i.low()), Math.abs(i.high())));
            }
        }
        return limit;
    }

    static @Nullable DriverBar of(ScoreImpact impact, double scale) {
        if (!impact.enoughData()) {
            return null;
        }
        double zero = WIDTH / 2.0;
        double end = x(impact.difference(), scale);
        String tone = impact.hurts() ? "hurts" : impact.helps() ? "helps" : "unclear";
        return new DriverBar(
                zero, Math.min(zero, end), Math.abs(end - zero), x(impact.low(), scale), x(impact.high(), scale), tone);
    }

    private static double x(@Nullable Double value, double scale) {
        return WIDTH / 2.0 + (value == null ? 0 : value) / scale * HALF;
    }
}
