package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.feedback.ScoreDrivers;
import org.helpdesk.feedback.SurveyKind;
import org.helpdesk.feedback.ThemeFilter;
import org.helpdesk.feedback.ThemeInsights;
import org.helpdesk.feedback.ThemeOverview;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.team.Teams;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The quality manager's themes view and drivers: the same filter (GET parameters, so a view can be bookmarked) on
 * both. A filter that is not valid answers 400 with the form and what is wrong, instead of a guessed view.
 */
@Controller
@RequestMapping("/feedback")
@PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
class ThemeInsightsPages {

    private final ThemeInsights insights;
    private final DateDisplay dates;
    private final Clock clock;
    private final Teams teams;
    private final Catalog catalog;

    ThemeInsightsPages(ThemeInsights insights, DateDisplay dates, Clock clock, Teams teams, Catalog catalog) {
        this.insights = insights;
        this.dates = dates;
        this.clock = clock;
        this.teams = teams;
        this.catalog = catalog;
    }

    @GetMapping("/themes")
    String themes(@ModelAttribute("form") ThemeFilter.Parameters form, HttpServletResponse response, Model model) {
        ThemeFilter filter = filter(form, response, model);
        if (filter != null) {
            ThemeOverview overview = insights.themes(filter);
            model.addAttribute("overview", overview);
            model.addAttribute(
                    "rows", overview.themes().stream().map(ThemeRow::of).toList());
        }
        return "feedback/themes";
    }

    @GetMapping("/drivers")
    String drivers(@ModelAttribute("form") ThemeFilter.Parameters form, HttpServletResponse response, Model model) {
        ThemeFilter filter = filter(form, response, model);
        if (filter != null) {
            ScoreDrivers drivers = insights.drivers(filter);
            model.addAttribute("drivers", drivers);
            model.addAttribute("csatRows", DriverRow.of(drivers.csat(), 1));
            model.addAttribute("npsRows", DriverRow.of(drivers.nps(), 20));
        }
        return "feedback/drivers";
    }

    private @Nullable ThemeFilter filter(ThemeFilter.Parameters form, HttpServletResponse response, Model model) {
        model.addAttribute("teams", teams.active());
        model.addAttribute("products", catalog.active(Catalog.Kind.PRODUCT));
        model.addAttribute("languages", List.of("en", "ru", "bg"));
        model.addAttribute("kinds", SurveyKind.values());
        try {
            ThemeFilter filter = ThemeFilter.of(
                    form, LocalDate.now(clock.withZone(dates.organisationZone())), dates.organisationZone());
            model.addAttribute("filter", filter);
            model.addAttribute("query", query(filter));
            return filter;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return null;
        }
    }

    /** The filter as a query string ({@code ?from=…}), to keep it when moving between the themes and the drivers. */
    static String query(ThemeFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance()
                .queryParam("from", filter.from())
                .queryParam("to", filter.to());
        add(query, "product", filter.product());
        add(query, "channel", filter.channel());
        add(query, "team", filter.team());
        add(query, "language", filter.language());
        add(query, "kind", filter.kind());
        add(query, "minScore", filter.minScore());
        add(query, "maxScore", filter.maxScore());
        return query.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder query, String name, @Nullable Object value) {
        if (value != null) {
            query.queryParam(name, value);
        }
    }

    /** A theme with what the page draws for it. */
    record ThemeRow(ThemeOverview.ThemeFigures figures, Sparkline sparkline, List<QuoteRow> quotes) {

        static ThemeRow of(ThemeOverview.ThemeFigures figures) {
            return new ThemeRow(
                    figures,
                    Sparkline.of(figures.trend()),
                    figures.quotes().stream()
                            .map(q -> new QuoteRow(q, QuoteHighlight.of(q.text(), q.evidence())))
                            .toList());
        }
    }

    record QuoteRow(ThemeOverview.ThemeQuote quote, QuoteHighlight highlight) {}

    /** A driver with its bar, drawn on the scale shared by its table. */
    record DriverRow(
            ScoreDrivers.ThemeDriver driver, @Nullable DriverBar bar) {

        static List<DriverRow> of(List<ScoreDrivers.ThemeDriver> drivers, double floor) {
            double scale = DriverBar.scale(drivers, floor);
            return drivers.stream()
                    .map(d -> new DriverRow(d, DriverBar.of(d.impact(), scale)))
                    .toList();
        }
    }
}
