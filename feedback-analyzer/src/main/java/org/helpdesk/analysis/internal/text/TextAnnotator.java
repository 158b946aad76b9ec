package org.helpdesk.analysis.internal.text;

import java.util.List;
import org.helpdesk.analysis.Language;

/**
 * Adds the language-dependent layer to tokens: stems, stop words, negation scope and clauses.
 *
 * <p>A negation covers the next three content words of its clause ("не очень хорошо обслужили" →
 * "хорошо", "обслужили"); stop words inside the scope are marked but do not use up the window, so
 * the Bulgarian "не е добре" marks "добре".
 */
public final class TextAnnotator {

    static final int NEGATION_WINDOW = 3;

    private final Stemmer stemmer;
    private final LanguageRules russian = LanguageRules.russian();
    private final LanguageRules bulgarian = LanguageRules.bulgarian();
    private final LanguageRules english = LanguageRules.english();

    public TextAnnotator(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    public LanguageRules rules(Language language) {
        if (language.equals(Language.RUSSIAN)) {
            return russian;
        }
        if (language.equals(Language.BULGARIAN)) {
            return bulgarian;
        }
        return language.equals(Language.ENGLISH) ? english : LanguageRules.none(language);
    }

    public Stemmer stemmer() {
        return stemmer;
    }

    /**
     * Annotates tokens for {@code language}; {@code rulesLanguage} picks the stemmer and word lists
     * (for an unsupported language, the supported one of the same script).
     */
    public AnalyzedText annotate(String text, List<Token> tokens, Language language, Language rulesLanguage) {
        LanguageRules rules = rules(rulesLanguage);
        int n = tokens.size();
        String[] stems = new String[n];
        boolean[] stop = new boolean[n];
        boolean[] negated = new boolean[n];
        boolean[] negation = new boolean[n];
        int[] clause = new int[n];
        int currentClause = 0;
        boolean clauseHasContent = false;
        int window = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                String norm = t.norm();
                stems[i] = stemmer.stem(rulesLanguage, norm);
                stop[i] = rules.isStopWord(norm);
                if (rules.isContrast(norm)) {
                    if (clauseHasContent) {
                        currentClause++;
                    }
                    window = 0;
                } else if (rules.isNegation(norm)) {
                    negation[i] = true;
                    window = NEGATION_WINDOW;
                } else if (window > 0) {
                    negated[i] = true;
                    if (!stop[i]) {
                        window--;
                    }
                }
                clauseHasContent = true;
            } else {
                stems[i] = t.norm();
                stop[i] = t.kind() != TokenKind.NUMBER && t.kind() != TokenKind.EMOJI && t.kind() != TokenKind.EMOTICON;
            }
            clause[i] = currentClause;
            if (t.endsClause()) {
                window = 0;
                if (clauseHasContent) {
                    currentClause++;
                    clauseHasContent = false;
                }
            }
        }
        int clauses = clauseHasContent || n == 0 ? currentClause + 1 : currentClause;
        return new AnalyzedText(
                text, language, rulesLanguage, tokens, stems, stop, negated, negation, clause, Math.max(1, clauses));
    }
}
