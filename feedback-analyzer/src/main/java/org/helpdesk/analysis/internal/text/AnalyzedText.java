package org.helpdesk.analysis.internal.text;

import java.util.List;
import org.helpdesk.analysis.Language;

/**
 * A cleaned, tokenized text in a known language, with stems, stop words, negation scope and clause
 * numbers per token. Arrays rather than objects per token: this is built for every analysed text.
 */
public final class AnalyzedText {

    private final String text;
    private final Language language;
    private final Language rulesLanguage;
    private final List<Token> tokens;
    private final String[] stems;
    private final boolean[] stop;
    private final boolean[] negated;
    private final boolean[] negation;
    private final int[] clause;
    private final int clauses;

    AnalyzedText(
            String text,
            Language language,
            Language rulesLanguage,
            List<Token> tokens,
            String[] stems,
            boolean[] stop,
            boolean[] negated,
            boolean[] negation,
            int[] clause,
            int clauses) {
        this.text = text;
        this.language = language;
        this.rulesLanguage = rulesLanguage;
        this.tokens = tokens;
        this.stems = stems;
        this.stop = stop;
        this.negated = negated;
        this.negation = negation;
        this.clause = clause;
        this.clauses = clauses;
    }

    public String text() {
        return text;
    }

    public Language language() {
        return language;
    }

    /** The supported language whose stemmer and word lists were used (ru, bg or en). */
    public Language rulesLanguage() {
        return rulesLanguage;
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Stem of a word; the normalised form of any other token. */
    public String stem(int i) {
        return stems[i];
    }

    public boolean isStopWord(int i) {
        return stop[i];
    }

    /** Whether the token is in the scope of a preceding negation ("not <good>"). */
    public boolean isNegated(int i) {
        return negated[i];
    }

    /** Whether the token is itself a negation ("not", "не", "няма"). */
    public boolean isNegation(int i) {
        return negation[i];
    }

    public int clause(int i) {
        return clause[i];
    }

    public int clauseCount() {
        return clauses;
    }

    public boolean hasWords() {
        for (Token t : tokens) {
            if (t.isWord()) {
                return true;
            }
        }
        return false;
    }

    /** The text as written from token {@code from} to token {@code to} inclusive. */
    public String surface(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
