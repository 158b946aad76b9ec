package org.helpdesk.web.feedback;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.helpdesk.feedback.ThemeOverview;

/**
 * A theme's volume per trend step as the points of an SVG polyline, drawn on the server: the page needs no script
 * (the content security policy allows none inline) and the figures behind it are in {@code values} for its label.
 */
record Sparkline(String points, long highest, long last, String values) {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;
    private static final double PAD = 2;

    static Sparkline of(List<ThemeOverview.TrendPoint> trend) {
        long highest =
                trend.stream().mapToLong(ThemeOverview.TrendPoint::volume).max().orElse(0);
        StringJoiner points = new StringJoiner(" ");
        StringJoiner values = new StringJoiner(", ");
        for (int i = 0; i < trend.size(); i++) {
            long volume = trend.get(i).volume();
            double x = trend.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2 * PAD) / (trend.size() - 1);
            double y = HEIGHT - PAD - (highest == 0 ? 0 : volume * (HEIGHT - 2 * PAD) / highest);
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            values.add(Long.toString(volume));
        }
        long last = trend.isEmpty() ? 0 : trend.get(trend.size() - 1).volume();
        return new Sparkline(points.toString(), highest, last, values.toString());
    }
}
