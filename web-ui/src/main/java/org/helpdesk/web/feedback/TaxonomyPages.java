package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.feedback.EmergingTopics;
import org.helpdesk.feedback.Reanalysis;
import org.helpdesk.feedback.ThemeDraft;
import org.helpdesk.feedback.ThemeTaxonomies;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quality manager's theme taxonomy editor and the emerging topics with their one-click "add to theme" and "new
 * theme". Every change starts a re-analysis, whose progress both pages show.
 */
@Controller
@RequestMapping("/feedback")
@PreAuthorize("hasAnyRole('QUALITY_MANAGER','ADMIN')")
class TaxonomyPages {

    private static final List<String> LANGUAGES = List.of("ru", "bg", "en");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,\\n\\r]+");
    private static final Pattern ROW_FIELD = Pattern.compile("themes\\[(\\d+)]\\.?(.*)");

    private final ThemeTaxonomies taxonomies;
    private final EmergingTopics emerging;
    private final Reanalysis reanalysis;

    TaxonomyPages(ThemeTaxonomies taxonomies, EmergingTopics emerging, Reanalysis reanalysis) {
        this.taxonomies = taxonomies;
        this.emerging = emerging;
        this.reanalysis = reanalysis;
    }

    @GetMapping("/taxonomy")
    String taxonomy(Model model) {
        List<ThemeRow> rows = new ArrayList<>();
        for (ThemeTaxonomy.Theme theme : taxonomies.current().themes()) {
            rows.add(ThemeRow.of(theme));
        }
        return editor(model, rows, taxonomies.currentVersion(), "", List.of());
    }

    /**
     * Saves the edited taxonomy. The form sends, per row, {@code id} and one text per language (keywords separated
     * by commas or lines); a row is dropped when its number is in {@code remove} or when it is blank (the empty row
     * for a new theme).
     */
    @PostMapping("/taxonomy")
    String save(
            @RequestParam MultiValueMap<String, String> form,
            Principal principal,
            RedirectAttributes redirect,
            Model model,
            HttpServletResponse response) {
        List<ThemeRow> rows = rows(form);
        String note = form.getFirst("note");
        Integer version = version(form.getFirst("version"));
        try {
            ThemeTaxonomies.Saved saved =
                    taxonomies.save(rows.stream().map(ThemeRow::draft).toList(), note, version, principal.getName());
            redirect.addFlashAttribute("notice", saved.changed() ? "taxonomy.saved" : "taxonomy.unchanged");
            return "redirect:/feedback/taxonomy";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            int shown = version != null ? version : taxonomies.currentVersion();
            return editor(model, withErrors(rows, e.violations()), shown, note, general(e.violations()));
        } catch (ConflictException e) {
            // Their edits stay on the page; saving again builds on the version saved meanwhile.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", e.currentVersion());
            return editor(model, rows, (int) e.currentVersion(), note, List.of());
        }
    }

    @GetMapping("/emerging")
    String emerging(@RequestParam(defaultValue = "" + EmergingTopics.DEFAULT_DAYS) int days, Model model) {
        model.addAttribute("report", emerging.find(days, EmergingTopics.DEFAULT_LIMIT));
        model.addAttribute("days", days);
        model.addAttribute(
                "themeIds",
                taxonomies.current().themes().stream()
                        .map(ThemeTaxonomy.Theme::id)
                        .toList());
        model.addAttribute("job", reanalysis.latest().orElse(null));
        return "feedback/emerging";
    }

    /** One click: the emerging keyword joins a theme. */
    @PostMapping("/emerging/add")
    String addKeyword(
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String keyword,
            @RequestParam(defaultValue = "" + EmergingTopics.DEFAULT_DAYS) int days,
            Principal principal,
            RedirectAttributes redirect) {
        return oneClick(redirect, days, () -> taxonomies.addKeyword(theme, language, keyword, principal.getName()));
    }

    /** One click: the emerging keyword starts a new theme. */
    @PostMapping("/emerging/new")
    String newTheme(
            @RequestParam(required = false) @Nullable String id,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable String keyword,
            @RequestParam(defaultValue = "" + EmergingTopics.DEFAULT_DAYS) int days,
            Principal principal,
            RedirectAttributes redirect) {
        return oneClick(redirect, days, () -> taxonomies.newTheme(id, language, keyword, principal.getName()));
    }

    private String oneClick(RedirectAttributes redirect, int days, Supplier<ThemeTaxonomies.Saved> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", "taxonomy.saved");
        } catch (InvalidInputException e) {
            // Flash attributes live in the session: plain strings only.
            redirect.addFlashAttribute(
                    "problems",
                    new ArrayList<>(e.violations().stream()
                            .map(FieldViolation::code)
                            .distinct()
                            .toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problems", new ArrayList<>(List.of("conflict")));
        }
        return "redirect:/feedback/emerging?days=" + days;
    }

    private String editor(
            Model model, List<ThemeRow> rows, int version, @Nullable String note, List<RowError> general) {
        List<ThemeRow> withBlank = new ArrayList<>(rows);
        withBlank.add(ThemeRow.blank());
        model.addAttribute("rows", withBlank);
        model.addAttribute("version", version);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("generalErrors", general);
        model.addAttribute(
                "invalid",
                !general.isEmpty() || rows.stream().anyMatch(r -> !r.errors().isEmpty()));
        model.addAttribute("history", taxonomies.history(50));
        model.addAttribute("job", reanalysis.latest().orElse(null));
        return "feedback/taxonomy";
    }

    private static List<ThemeRow> rows(MultiValueMap<String, String> form) {
        List<String> ids = form.getOrDefault("id", List.of());
        List<String> removed = form.getOrDefault("remove", List.of());
        List<ThemeRow> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> keywords = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                List<String> texts = form.getOrDefault(language, List.of());
                keywords.put(language, i < texts.size() ? texts.get(i) : "");
            }
            ThemeRow row = new ThemeRow(ids.get(i).strip(), keywords, List.of());
            if (!removed.contains(String.valueOf(i)) && !row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Each row with the violations of its fields ({@code themes[2].keywords.ru} belongs to the third row). */
    private static List<ThemeRow> withErrors(List<ThemeRow> rows, List<FieldViolation> violations) {
        List<ThemeRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<RowError> errors = new ArrayList<>();
            for (FieldViolation v : violations) {
                Matcher m = ROW_FIELD.matcher(v.field());
                if (m.matches() && Integer.parseInt(m.group(1)) == i) {
                    errors.add(new RowError(m.group(2).isEmpty() ? "keywords" : m.group(2), v.code()));
                }
            }
            out.add(new ThemeRow(rows.get(i).id(), rows.get(i).keywords(), errors));
        }
        return out;
    }

    /** The violations that belong to no row (e.g. too many themes, a long note). */
    private static List<RowError> general(List<FieldViolation> violations) {
        return violations.stream()
                .filter(v -> !ROW_FIELD.matcher(v.field()).matches())
                .map(v -> new RowError(v.field(), v.code()))
                .distinct()
                .toList();
    }

    /** The version the form was based on; none (no check for concurrent saves) when the form did not say. */
    private static @Nullable Integer version(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A violation shown on the page: {@code field} is {@code id}, {@code keywords} or {@code keywords.ru} within a
     * row, {@code themes} or {@code note} for the whole form.
     */
    record RowError(String field, String code) {}

    /** A row of the editor: a theme with its keywords per language as the text of a textarea. */
    record ThemeRow(String id, Map<String, String> keywords, List<RowError> errors) {

        static ThemeRow of(ThemeTaxonomy.Theme theme) {
            Map<String, String> keywords = new LinkedHashMap<>();
            for (String language : LANGUAGES) {
                keywords.put(language, String.join(", ", theme.keywords(Language.of(language))));
            }
            return new ThemeRow(theme.id(), keywords, List.of());
        }

        static ThemeRow blank() {
            Map<String, String> keywords = new LinkedHashMap<>();
            LANGUAGES.forEach(language -> keywords.put(language, ""));
            return new ThemeRow("", keywords, List.of());
        }

        boolean isBlank() {
            return id.isBlank() && keywords.values().stream().allMatch(String::isBlank);
        }

        public boolean hasError(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        ThemeDraft draft() {
            Map<String, @Nullable List<@Nullable String>> words = new LinkedHashMap<>();
            keywords.forEach((language, text) ->
                    words.put(language, new ArrayList<>(Arrays.asList(KEYWORD_SEPARATORS.split(text)))));
            return new ThemeDraft(id, words);
        }
    }
}
