package org.helpdesk.web.feedback;

import java.time.Clock;
import java.time.LocalDate;
import org.helpdesk.feedback.ScoreDrivers;
import org.helpdesk.feedback.ThemeFilter;
import org.helpdesk.feedback.ThemeInsights;
import org.helpdesk.feedback.ThemeOverview;
import org.helpdesk.web.i18n.DateDisplay;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The themes view and the drivers over REST, for quality managers, administrators and auditors. Parameters, all
 * optional: {@code from}, {@code to} (yyyy-MM-dd, local days in the organisation's time zone; default the last 30
 * days), {@code product} and {@code team} (id or name), {@code channel}, {@code language}, {@code kind} (CSAT, NPS,
 * CES) with {@code minScore}/{@code maxScore} on its scale. A parameter that is not valid answers 400 (problem JSON
 * naming it).
 */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(FeedbackApi.READERS)
class ThemeInsightsApi {

    private final ThemeInsights insights;
    private final DateDisplay dates;
    private final Clock clock;

    ThemeInsightsApi(ThemeInsights insights, DateDisplay dates, Clock clock) {
        this.insights = insights;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Per theme: volume, % negative/neutral/positive, change against the previous period of the same length (items
     * and % negative), trend points, top keywords and representative quotes with their evidence words.
     */
    @GetMapping("/themes")
    ThemeOverview themes(@ModelAttribute ThemeFilter.Parameters parameters) {
        return insights.themes(filter(parameters));
    }

    /**
     * Per theme, for CSAT and NPS: answers with and without the theme, their mean (CSAT) or NPS, the difference and its
     * 95 % confidence interval ({@code null} with fewer than 5 answers on a side), the most harmful themes first.
     */
    @GetMapping("/drivers")
    ScoreDrivers drivers(@ModelAttribute ThemeFilter.Parameters parameters) {
        return insights.drivers(filter(parameters));
    }

    private ThemeFilter filter(ThemeFilter.Parameters parameters) {
        return ThemeFilter.of(
                parameters, LocalDate.now(clock.withZone(dates.organisationZone())), dates.organisationZone());
    }
}
