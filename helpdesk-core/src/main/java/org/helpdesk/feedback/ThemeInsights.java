package org.helpdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The themes view and the drivers of the quality manager: what customers talk about, how it feels, how it changes, and
 * which themes pull CSAT and NPS down. Every figure uses the effective analysis — a quality manager's corrected
 * sentiment and themes over the analyzer's — and is computed set-based, in at most two queries per view whatever the
 * number of themes. Formulas: docs/feedback.md.
 */
@Service
public class ThemeInsights {

    static final int TOP_KEYWORDS = 5;
    static final int QUOTES = 3;
    static final int QUOTE_LENGTH = 180;
    /** How much of a text is read to find where the theme is mentioned. */
    private static final int QUOTE_SOURCE = 3000;

    /** One row per item and theme it touches (a theme listed twice in an item counts once). */
    private static final String MENTIONS = """
            select distinct on (s.id, t.value ->> 'theme') s.*, t.value ->> 'theme' as theme,
                   case when jsonb_typeof(t.value -> 'confidence') = 'number'
                        then (t.value ->> 'confidence')::float8 else 0 end as confidence,
                   case when jsonb_typeof(t.value -> 'evidence') = 'array'
                        then t.value -> 'evidence' else '[]'::jsonb end as evidence
              from scoped s
             cross join lateral jsonb_array_elements(
                   case when jsonb_typeof(s.themes) = 'array' then s.themes else '[]'::jsonb end) as t(value)
             where t.value ->> 'theme' is not null
             order by s.id, t.value ->> 'theme', confidence desc""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ThemeInsights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every theme of the period's analysed feedback (or of the previous period's), biggest first. */
    @Transactional(readOnly = true)
    public ThemeOverview themes(ThemeFilter filter) {
        Map<String, Tally> tallies = tallies(filter);
        Map<String, Details> details = details(filter);
        List<ThemeOverview.ThemeFigures> themes = tallies.entrySet().stream()
                .map(e -> e.getValue().figures(e.getKey(), filter, details.getOrDefault(e.getKey(), Details.NONE)))
                .sorted(Comparator.comparingLong(ThemeOverview.ThemeFigures::volume)
                        .thenComparingLong(ThemeOverview.ThemeFigures::previousVolume)
                        .reversed()
                        .thenComparing(ThemeOverview.ThemeFigures::theme))
                .toList();
        return new ThemeOverview(filter, filter.previousFrom(), filter.previousTo(), filter.step(), themes);
    }

    /** For CSAT and NPS, each theme's answers against the other commented answers of the period. */
    @Transactional(readOnly = true)
    public ScoreDrivers drivers(ThemeFilter filter) {
        Scope scope = Scope.of(filter, filter.start(), filter.end(), """
                 and f.kind in ('CSAT', 'NPS') and f.score is not null
                 and f.comment is not null and btrim(f.comment) <> ''""");
        String sums = """
                count(*) as answers, sum(score) as total, sum(score * score) as squares,
                count(*) filter (where kind = 'NPS' and score >= 9) as promoters,
                count(*) filter (where kind = 'NPS' and score <= 6) as detractors""";
        Map<String, ScoreSample> totals = new HashMap<>();
        Map<String, Map<String, ScoreSample>> byTheme = new HashMap<>();
        jdbc.sql("with scoped as (" + scope.sql() + "), mentions as (" + MENTIONS + ")"
                        + " select kind, cast(null as text) as theme, " + sums + " from scoped group by kind"
                        + " union all select kind, theme, " + sums + " from mentions group by kind, theme")
                .params(scope.params())
                .query((ResultSet rs) -> {
                    ScoreSample sample = new ScoreSample(
                            rs.getLong("answers"),
                            rs.getDouble("total"),
                            rs.getDouble("squares"),
                            rs.getLong("promoters"),
                            rs.getLong("detractors"));
                    String theme = rs.getString("theme");
                    if (theme == null) {
                        totals.put(rs.getString("kind"), sample);
                    } else {
                        byTheme.computeIfAbsent(rs.getString("kind"), k -> new HashMap<>())
                                .put(theme, sample);
                    }
                });
        ScoreSample csat = totals.getOrDefault("CSAT", ScoreSample.EMPTY);
        ScoreSample nps = totals.getOrDefault("NPS", ScoreSample.EMPTY);
        return new ScoreDrivers(
                filter,
                csat.count(),
                nps.count(),
                drivers(byTheme.getOrDefault("CSAT", Map.of()), csat, ScoreImpact::csat),
                drivers(byTheme.getOrDefault("NPS", Map.of()), nps, ScoreImpact::nps));
    }

    private static List<ScoreDrivers.ThemeDriver> drivers(
            Map<String, ScoreSample> themes,
            ScoreSample all,
            java.util.function.BiFunction<ScoreSample, ScoreSample, ScoreImpact> compare) {
        return themes.entrySet().stream()
                .map(e ->
                        new ScoreDrivers.ThemeDriver(e.getKey(), compare.apply(e.getValue(), all.minus(e.getValue()))))
                .toList();
    }

    /** Volumes and sentiment per theme for both periods, and per trend step of the current one: one query. */
    private Map<String, Tally> tallies(ThemeFilter filter) {
        Scope scope = Scope.of(filter, filter.previousStart(), filter.end(), "");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("start", Timestamp.from(filter.start()));
        params.put("unit", filter.step().sqlUnit());
        params.put("zone", filter.zone().getId());
        Map<String, Tally> tallies = new HashMap<>();
        jdbc.sql("with scoped as (" + scope.sql() + "), mentions as (" + MENTIONS + ")" + """
                         select theme, received_at >= :start as current,
                                case when received_at >= :start
                                     then date_trunc(:unit, received_at at time zone :zone)::date end as bucket,
                                count(*) as volume,
                                count(*) filter (where sentiment = 'negative') as negative,
                                count(*) filter (where sentiment = 'neutral') as neutral,
                                count(*) filter (where sentiment = 'positive') as positive
                           from mentions group by 1, 2, 3""")
                .params(params)
                .query((ResultSet rs) -> {
                    Tally tally = tallies.computeIfAbsent(rs.getString("theme"), t -> new Tally());
                    tally.add(
                            rs.getBoolean("current"),
                            rs.getObject("bucket", LocalDate.class),
                            rs.getLong("volume"),
                            rs.getLong("negative"),
                            rs.getLong("neutral"),
                            rs.getLong("positive"));
                });
        return tallies;
    }

    /** Top keywords and representative quotes per theme of the current period: one query. */
    private Map<String, Details> details(ThemeFilter filter) {
        Scope scope = Scope.of(filter, filter.start(), filter.end(), "");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("keywords", TOP_KEYWORDS);
        params.put("quotes", QUOTES);
        params.put("quoteLength", QUOTE_SOURCE);
        Map<String, Details> details = new HashMap<>();
        jdbc.sql("with scoped as (" + scope.sql() + "), mentions as (" + MENTIONS + ")" + """
                        , words as (
                            select m.theme, k.value ->> 'key' as key, count(distinct m.id) as items,
                                   mode() within group (order by k.value ->> 'text') as text
                              from mentions m
                             cross join lateral jsonb_array_elements(
                                   case when jsonb_typeof(m.keywords) = 'array' then m.keywords else '[]'::jsonb end)
                                   as k(value)
                             where k.value ->> 'key' is not null and k.value ->> 'text' is not null
                             group by m.theme, k.value ->> 'key'),
                        top_words as (
                            select theme, jsonb_agg(jsonb_build_object('text', text, 'items', items)
                                                    order by items desc, key) as list
                              from (select w.*, row_number() over (partition by theme order by items desc, key) as rank
                                      from words w) ranked
                             where rank <= :keywords group by theme),
                        top_quotes as (
                            select theme, jsonb_agg(jsonb_build_object('id', id, 'text', left(comment, :quoteLength),
                                                    'evidence', evidence, 'sentiment', sentiment,
                                                    'ticket', ticket_number) order by rank) as list
                              from (select m.*, row_number() over (partition by theme
                                                   order by confidence desc, received_at desc, id) as rank
                                      from mentions m where m.comment is not null and btrim(m.comment) <> '') ranked
                             where rank <= :quotes group by theme)
                        select coalesce(w.theme, q.theme) as theme, w.list::text as keywords, q.list::text as quotes
                          from top_words w full join top_quotes q on q.theme = w.theme""")
                .params(params)
                .query((ResultSet rs) -> {
                    details.put(rs.getString("theme"), new Details(keywords(rs.getString("keywords")), quotes(rs)));
                });
        return details;
    }

    private List<ThemeOverview.ThemeKeyword> keywords(@Nullable String list) {
        List<ThemeOverview.ThemeKeyword> keywords = new ArrayList<>();
        if (list != null) {
            for (JsonNode word : json.readTree(list)) {
                keywords.add(new ThemeOverview.ThemeKeyword(
                        word.path("text").asString(), word.path("items").asLong()));
            }
        }
        return keywords;
    }

    /**
     * The part of a long text where the theme is mentioned: from a little before the first evidence word, starting at
     * a word, with "…" where text was left out in front. Short texts, and texts not naming the evidence, stay whole.
     */
    static String around(String text, List<String> evidence) {
        if (text.length() <= QUOTE_LENGTH) {
            return text;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int first = evidence.stream()
                .map(e -> lower.indexOf(e.toLowerCase(java.util.Locale.ROOT)))
                .filter(i -> i >= 0)
                .min(Integer::compare)
                .orElse(-1);
        if (first < QUOTE_LENGTH / 3) {
            return text;
        }
        int start = first - QUOTE_LENGTH / 4;
        while (start < first && !Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return "… " + text.substring(start).strip();
    }

    private List<ThemeOverview.ThemeQuote> quotes(ResultSet rs) throws SQLException {
        String list = rs.getString("quotes");
        List<ThemeOverview.ThemeQuote> quotes = new ArrayList<>();
        if (list != null) {
            for (JsonNode quote : json.readTree(list)) {
                List<String> evidence = new ArrayList<>();
                quote.path("evidence").forEach(word -> {
                    if (word.isString() && !word.asString().isBlank()) {
                        evidence.add(word.asString());
                    }
                });
                String text = around(quote.path("text").asString(), evidence);
                boolean shortened = text.length() > QUOTE_LENGTH;
                quotes.add(new ThemeOverview.ThemeQuote(
                        UUID.fromString(quote.path("id").asString()),
                        shortened ? text.substring(0, QUOTE_LENGTH) : text,
                        shortened,
                        evidence,
                        quote.path("sentiment").isString()
                                ? quote.path("sentiment").asString()
                                : null,
                        quote.path("ticket").isNumber() ? quote.path("ticket").asLong() : null));
            }
        }
        return quotes;
    }

    /**
     * The analysed items of the filter received in {@code since}–{@code until}, with their effective sentiment and
     * themes. Team and product are matched by id or by name; product also by an imported row's label; team, product
     * and language fall back to the linked ticket's, as the survey KPIs do (docs/kpi.md).
     */
    private record Scope(String sql, Map<String, Object> params) {

        static Scope of(ThemeFilter filter, Instant since, Instant until, String extraConditions) {
            StringBuilder sql = new StringBuilder("""
                    select f.id, f.received_at, f.kind, f.score, f.comment, f.keywords, tk.number as ticket_number,
                           coalesce(f.corrected_label, f.sentiment_label) as sentiment,
                           coalesce(f.corrected_themes, f.themes) as themes
                      from feedback_item f
                      left join ticket tk on tk.id = f.ticket_id
                     where f.analyzed_at is not null and f.received_at >= :since and f.received_at < :until""");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("since", Timestamp.from(since));
            params.put("until", Timestamp.from(until));
            condition(sql, params, "channel", filter.channel(), " and lower(f.channel) = lower(:channel)");
            condition(
                    sql,
                    params,
                    "language",
                    filter.language(),
                    " and lower(coalesce(f.language, tk.language)) = lower(:language)");
            condition(sql, params, "team", filter.team(), """
                     and exists (select 1 from team tm where tm.id = tk.team_id
                                    and (tm.id::text = lower(:team) or lower(tm.name) = lower(:team)))""");
            condition(sql, params, "product", filter.product(), """
                     and (coalesce(f.product_id, tk.product_id)::text = lower(:product)
                          or lower(coalesce((select p.name from product p
                                              where p.id = coalesce(f.product_id, tk.product_id)),
                                            f.product_label)) = lower(:product))""");
            condition(
                    sql,
                    params,
                    "kind",
                    filter.kind() == null ? null : filter.kind().name(),
                    " and f.kind = :kind");
            condition(sql, params, "minScore", filter.minScore(), " and f.score >= :minScore");
            condition(sql, params, "maxScore", filter.maxScore(), " and f.score <= :maxScore");
            sql.append('\n').append(extraConditions);
            return new Scope(sql.toString(), params);
        }

        private static void condition(
                StringBuilder sql, Map<String, Object> params, String name, @Nullable Object value, String condition) {
            if (value != null) {
                sql.append('\n').append(condition);
                params.put(name, value);
            }
        }
    }

    private record Details(List<ThemeOverview.ThemeKeyword> keywords, List<ThemeOverview.ThemeQuote> quotes) {
        static final Details NONE = new Details(List.of(), List.of());
    }

    /** Counts of one theme while the rows of the volume query come in. */
    private static final class Tally {
        private final long[] current = new long[4];
        private final long[] previous = new long[4];
        private final Map<LocalDate, long[]> buckets = new HashMap<>();

        void add(
                boolean isCurrent,
                @Nullable LocalDate bucket,
                long volume,
                long negative,
                long neutral,
                long positive) {
            long[] into = isCurrent ? current : previous;
            into[0] += volume;
            into[1] += negative;
            into[2] += neutral;
            into[3] += positive;
            if (isCurrent && bucket != null) {
                long[] point = buckets.computeIfAbsent(bucket, b -> new long[2]);
                point[0] += volume;
                point[1] += negative;
            }
        }

        ThemeOverview.ThemeFigures figures(String theme, ThemeFilter filter, Details details) {
            long volume = current[0];
            long before = previous[0];
            return new ThemeOverview.ThemeFigures(
                    theme,
                    volume,
                    percent(current[1], volume),
                    percent(current[2], volume),
                    percent(current[3], volume),
                    before,
                    volume - before,
                    before == 0 ? null : round(100.0 * (volume - before) / before),
                    before == 0 ? null : percent(previous[1], before),
                    before == 0 || volume == 0
                            ? null
                            : round(100.0 * current[1] / volume - 100.0 * previous[1] / before),
                    trend(filter),
                    details.keywords(),
                    details.quotes());
        }

        private List<ThemeOverview.TrendPoint> trend(ThemeFilter filter) {
            ThemeFilter.TrendStep step = filter.step();
            List<ThemeOverview.TrendPoint> points = new ArrayList<>();
            for (LocalDate start = step.start(filter.from()); !start.isAfter(filter.to()); start = step.next(start)) {
                long[] point = buckets.getOrDefault(start, new long[2]);
                points.add(new ThemeOverview.TrendPoint(start, point[0], point[1]));
            }
            return points;
        }

        private static double percent(long part, long whole) {
            return whole == 0 ? 0 : round(100.0 * part / whole);
        }

        private static double round(double value) {
            return java.math.BigDecimal.valueOf(value)
                    .setScale(1, java.math.RoundingMode.HALF_UP)
                    .doubleValue();
        }
    }
}
