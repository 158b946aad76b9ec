package org.helpdesk.analysis.internal.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.analysis.Keyword;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.sentiment.SentimentLexicon;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.text.Token;
import org.helpdesk.analysis.internal.text.TokenKind;

/**
 * Salient words and phrases of one text, in the spirit of YAKE: candidates are runs of up to three
 * content words within a clause; a feedback text is too short for term statistics, so words score by
 * what makes them salient in feedback: being a theme keyword, carrying sentiment, being long, being
 * written in capitals or as a hashtag, and coming early.
 */
public final class KeywordExtractor {

    private static final int MAX_WORDS = 3;

    private final ThemeMatcher matcher;
    private final Map<Language, SentimentLexicon> lexicons;

    public KeywordExtractor(ThemeMatcher matcher, Map<Language, SentimentLexicon> lexicons) {
        this.matcher = matcher;
        this.lexicons = Map.copyOf(lexicons);
    }

    /** A candidate phrase: tokens {@code [from, to]}, its display form and its stem key. */
    public record Candidate(String text, String key, int from, int to, double score) {}

    public List<Keyword> extract(AnalyzedText text, int limit) {
        List<Candidate> candidates = candidates(text);
        candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Keyword> out = new ArrayList<>();
        Set<String> usedStems = new HashSet<>();
        for (Candidate c : candidates) {
            if (out.size() >= limit) {
                break;
            }
            if (overlaps(c.key(), usedStems)) {
                continue;
            }
            usedStems.addAll(List.of(c.key().split(" ")));
            out.add(new Keyword(c.text(), c.key(), Math.round(c.score() * 1000) / 1000.0));
        }
        return out;
    }

    private static boolean overlaps(String key, Set<String> used) {
        for (String stem : key.split(" ")) {
            if (used.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** All candidate phrases of a text with their per-text salience; one entry per distinct key. */
    public List<Candidate> candidates(AnalyzedText text) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SentimentLexicon lexicon = lexicons.get(text.rulesLanguage());
        int position = 0;
        int n = text.size();
        for (int i = 0; i < n; i++) {
            if (!canStart(text, i)) {
                continue;
            }
            position++;
            StringBuilder key = new StringBuilder();
            double weights = 0;
            for (int end = i;
                    end < n && end - i < MAX_WORDS && isContent(text, end) && text.clause(end) == text.clause(i);
                    end++) {
                key.append(end > i ? " " : "").append(text.stem(end));
                weights += weight(text, end, lexicon);
                int words = end - i + 1;
                if (canStart(text, end) && seen.add(key.toString())) {
                    double score = weights / words * (1 + 0.35 * (words - 1)) / (1 + 0.03 * position);
                    out.add(new Candidate(text.surface(i, end), key.toString(), i, end, score));
                }
            }
        }
        return out;
    }

    private double weight(AnalyzedText text, int i, SentimentLexicon lexicon) {
        Token t = text.token(i);
        double w = 1 + Math.min(t.norm().length(), 12) / 12.0;
        if (matcher.covers(text.stem(i))) {
            w += 0.6;
        }
        if (lexicon != null && lexicon.word(text.stem(i)) != SentimentLexicon.NONE) {
            w += 0.4;
        }
        if (t.is(Token.HASHTAG) || t.is(Token.SHOUTED)) {
            w += 0.3;
        }
        return w;
    }

    /** Content words: letters, not stop words, not negations, at least two letters long. */
    private static boolean isContent(AnalyzedText text, int i) {
        Token t = text.token(i);
        if (t.kind() == TokenKind.NUMBER) {
            return true;
        }
        return t.kind() == TokenKind.WORD
                && !text.isStopWord(i)
                && !text.isNegation(i)
                && t.norm().length() >= 2;
    }

    /** Phrases start and end with a word, not a number. */
    private static boolean canStart(AnalyzedText text, int i) {
        return text.token(i).kind() == TokenKind.WORD && isContent(text, i);
    }
}
