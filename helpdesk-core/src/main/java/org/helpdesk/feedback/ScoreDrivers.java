package org.helpdesk.feedback;

import java.util.Comparator;
import java.util.List;

/**
 * Which themes go with lower (or higher) CSAT and NPS in a period: one {@link ScoreImpact} per theme and kind, the
 * themes that hurt the score most first, themes without enough answers last.
 *
 * @param csatAnswers the commented, analysed CSAT answers compared
 * @param npsAnswers the same for NPS
 */
public record ScoreDrivers(
        ThemeFilter filter, long csatAnswers, long npsAnswers, List<ThemeDriver> csat, List<ThemeDriver> nps) {

    /** Most negative difference first; then themes without enough data, by name. */
    public static final Comparator<ThemeDriver> WORST_FIRST = Comparator.comparing(
                    (ThemeDriver d) -> d.impact().difference() == null)
            .thenComparing(
                    d -> d.impact().difference() == null ? 0.0 : d.impact().difference())
            .thenComparing(ThemeDriver::theme);

    public ScoreDrivers {
        csat = csat.stream().sorted(WORST_FIRST).toList();
        nps = nps.stream().sorted(WORST_FIRST).toList();
    }

    public boolean isEmpty() {
        return csatAnswers == 0 && npsAnswers == 0;
    }

    /** One theme's pull on one score. */
    public record ThemeDriver(String theme, ScoreImpact impact, ScoreImpact.Effect effect) {

        public ThemeDriver(String theme, ScoreImpact impact) {
            this(theme, impact, impact.effect());
        }
    }
}
