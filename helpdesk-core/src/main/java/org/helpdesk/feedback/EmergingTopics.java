package org.helpdesk.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.analysis.AnalysisHint;
import org.helpdesk.analysis.FeedbackAnalysis;
import org.helpdesk.analysis.FeedbackAnalyzer;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.ThemeMatch;
import org.helpdesk.analysis.ThemeTaxonomy;
import org.helpdesk.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What customers have started to talk about that no theme covers yet: per language, the keywords that set the
 * recent comments apart from the ones before (TF-IDF against the preceding 90 days) and that match no theme of the
 * current taxonomy, each with how many recent items use it and a few quotes. "Matches no theme" and "uses it" are
 * decided by the analyzer's own theme matching (stems, phrases of up to three words), so a keyword added to a theme
 * from here is found exactly where it was counted.
 */
@Service
public class EmergingTopics {

    public static final int DEFAULT_DAYS = 30;
    public static final int DEFAULT_LIMIT = 15;
    static final int BACKGROUND_DAYS = 90;
    /** Bounds the work of one look: the newest comments of each period are enough to see a trend. */
    static final int MAX_RECENT = 5_000;

    static final int MAX_BACKGROUND = 20_000;
    private static final int QUOTES = 3;
    private static final int QUOTE_CHARS = 240;

    private final JdbcClient jdbc;
    private final ActiveAnalyzer active;
    private final Clock clock;

    EmergingTopics(JdbcClient jdbc, ActiveAnalyzer active, Clock clock) {
        this.jdbc = jdbc;
        this.active = active;
        this.clock = clock;
    }

    /** The emerging topics of the last {@code days} days (1–365), at most {@code limit} (1–100) per language. */
    public Report find(int days, int limit) {
        if (days < 1 || days > 365) {
            throw InvalidInputException.of("days", "out_of_range", "between 1 and 365 days");
        }
        if (limit < 1 || limit > 100) {
            throw InvalidInputException.of("limit", "out_of_range", "between 1 and 100 topics");
        }
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        Instant backgroundFrom = from.minus(Duration.ofDays(BACKGROUND_DAYS));
        FeedbackAnalyzer analyzer = active.analyzer();
        ThemeTaxonomy taxonomy = analyzer.taxonomy();
        List<LanguageTopics> languages = new ArrayList<>();
        for (Language language : TaxonomyRules.LANGUAGES) {
            List<String> recent = comments(language, from, to, MAX_RECENT);
            if (!recent.isEmpty()) {
                List<String> background = comments(language, backgroundFrom, from, MAX_BACKGROUND);
                languages.add(new LanguageTopics(
                        language.code(),
                        recent.size(),
                        topics(analyzer, taxonomy, language, recent, background, limit)));
            }
        }
        return new Report(days, from, to, languages);
    }

    private List<Topic> topics(
            FeedbackAnalyzer analyzer,
            ThemeTaxonomy taxonomy,
            Language language,
            List<String> recent,
            List<String> background,
            int limit) {
        List<Keyword> salient = background.isEmpty()
                ? analyzer.keywords(recent, limit * 10)
                : analyzer.keywords(recent, background, limit * 10);
        FeedbackAnalyzer themesOnly = keywordMatcher(taxonomy);
        AnalysisHint hint = AnalysisHint.customerLanguage(language);
        List<String> unmatched = salient.stream()
                .map(Keyword::text)
                .filter(k -> k.codePoints().noneMatch(Character::isDigit))
                .filter(k -> themesOnly.analyze(k, hint).themes().isEmpty())
                .distinct()
                .limit(limit * 3L)
                .toList();
        if (unmatched.isEmpty()) {
            return List.of();
        }
        Map<String, Usage> usage = usage(unmatched, language, recent);
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < unmatched.size() && topics.size() < limit; i++) {
            Usage u = usage.get(probeId(i));
            // A word of one comment is an anecdote, not a topic.
            if (u != null && u.items >= 2) {
                topics.add(new Topic(unmatched.get(i), u.items, List.copyOf(u.quotes)));
            }
        }
        return topics;
    }

    /**
     * Counts, per keyword, the recent comments that mention it, by matching the keywords as themes of a taxonomy of
     * their own: the same matching that would count them once they are part of a real theme.
     */
    private Map<String, Usage> usage(List<String> keywords, Language language, List<String> recent) {
        List<ThemeTaxonomy.Theme> probes = new ArrayList<>();
        for (int i = 0; i < keywords.size(); i++) {
            probes.add(new ThemeTaxonomy.Theme(probeId(i), Map.of(language, List.of(keywords.get(i)))));
        }
        FeedbackAnalyzer probe = keywordMatcher(ThemeTaxonomy.of(probes));
        AnalysisHint hint = AnalysisHint.customerLanguage(language);
        Map<String, Usage> usage = new HashMap<>();
        List<FeedbackAnalysis> analyses = probe.analyzeAll(recent, hint);
        for (int i = 0; i < recent.size(); i++) {
            for (ThemeMatch match : analyses.get(i).themes()) {
                Usage u = usage.computeIfAbsent(match.theme(), id -> new Usage());
                u.items++;
                if (u.quotes.size() < QUOTES) {
                    u.quotes.add(Quote.of(recent.get(i), match.evidence()));
                }
            }
        }
        return usage;
    }

    private static FeedbackAnalyzer keywordMatcher(ThemeTaxonomy taxonomy) {
        // No trained model: only the taxonomy's keywords decide the themes, not a classifier's guess.
        return FeedbackAnalyzer.builder().taxonomy(taxonomy).keywordsPerText(0).build();
    }

    private static String probeId(int index) {
        return "k" + index;
    }

    private List<String> comments(Language language, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        select comment from feedback_item
                         where language = ? and received_at >= ? and received_at < ?
                           and comment is not null and btrim(comment) <> ''
                         order by received_at desc limit ?""")
                .params(language.code(), Timestamp.from(from), Timestamp.from(to), limit)
                .query(String.class)
                .list();
    }

    private static final class Usage {
        int items;
        final List<Quote> quotes = new ArrayList<>(QUOTES);
    }

    /** The emerging topics of a period, per language (only languages with comments in the period). */
    public record Report(int days, Instant from, Instant to, List<LanguageTopics> languages) {

        public Report {
            languages = List.copyOf(languages);
        }
    }

    /**
     * @param language the language code
     * @param items how many recent comments in this language were looked at
     * @param topics the emerging keywords, most distinctive first
     */
    public record LanguageTopics(String language, int items, List<Topic> topics) {

        public LanguageTopics {
            topics = List.copyOf(topics);
        }
    }

    /**
     * @param keyword the keyword as customers wrote it most often
     * @param items how many recent comments mention it (in any form)
     * @param quotes a few of those comments
     */
    public record Topic(String keyword, int items, List<Quote> quotes) {

        public Topic {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A comment (or the part around the keyword, when it is long) with where the keyword is: {@code [start, end)},
     * both -1 when it could not be located. Pages escape the three parts and mark the middle one.
     */
    public record Quote(String text, int start, int end) {

        static Quote of(String comment, List<String> evidence) {
            String lower = comment.toLowerCase(Locale.ROOT);
            int at = -1;
            int length = 0;
            if (lower.length() == comment.length()) {
                for (String word : evidence) {
                    at = lower.indexOf(word.toLowerCase(Locale.ROOT));
                    if (at >= 0) {
                        length = word.length();
                        break;
                    }
                }
            }
            if (comment.length() <= QUOTE_CHARS) {
                return at < 0 ? new Quote(comment, -1, -1) : new Quote(comment, at, at + length);
            }
            int from = at < 0 ? 0 : Math.max(0, Math.min(at - QUOTE_CHARS / 3, comment.length() - QUOTE_CHARS));
            int to = Math.min(comment.length(), from + QUOTE_CHARS);
            String prefix = from > 0 ? "…" : "";
            String text = prefix + comment.substring(from, to) + (to < comment.length() ? "…" : "");
            return at < 0
                    ? new Quote(text, -1, -1)
                    : new Quote(text, at - from + prefix.length(), at - from + prefix.length() + length);
        }

        public String before() {
            return start < 0 ? text : text.substring(0, start);
        }

        public String match() {
            return start < 0 ? "" : text.substring(start, end);
        }

        public String after() {
            return start < 0 ? "" : text.substring(end);
        }
    }
}
