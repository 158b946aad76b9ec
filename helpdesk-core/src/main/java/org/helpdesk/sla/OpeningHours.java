package org.helpdesk.sla;

import java.time.DayOfWeek;

/** One stretch of business time on a weekday, in minutes since local midnight (0 to 1440). */
public record OpeningHours(DayOfWeek day, int opensMinute, int closesMinute) {

    public OpeningHours {
        if (opensMinute < 0 || closesMinute > 1440 || closesMinute <= opensMinute) {
            throw new IllegalArgumentException("opening hours must satisfy 0 ≤ opens < closes ≤ 1440");
        }
    }
}
