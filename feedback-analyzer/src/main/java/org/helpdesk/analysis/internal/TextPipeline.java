package org.helpdesk.analysis.internal;

import java.util.List;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.language.LanguageGuess;
import org.helpdesk.analysis.internal.language.LanguageIdentifier;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.text.TextAnnotator;
import org.helpdesk.analysis.internal.text.TextCleaner;
import org.helpdesk.analysis.internal.text.Token;
import org.helpdesk.analysis.internal.text.Tokenizer;
import org.jspecify.annotations.Nullable;

/** Raw text to {@link AnalyzedText}: clean, tokenize, identify the language, annotate. */
public final class TextPipeline {

    private final TextCleaner cleaner;
    private final Tokenizer tokenizer = new Tokenizer();
    private final LanguageIdentifier identifier;
    private final TextAnnotator annotator;

    public TextPipeline(LanguageIdentifier identifier, TextAnnotator annotator, int maxChars) {
        this.cleaner = new TextCleaner(maxChars);
        this.identifier = identifier;
        this.annotator = annotator;
    }

    public TextAnnotator annotator() {
        return annotator;
    }

    /** Identifies the language, using the customer's known language as a tie-breaker. */
    public AnalyzedText analyze(@Nullable String raw, @Nullable Language hint) {
        String text = cleaner.clean(raw);
        List<Token> tokens = tokenizer.tokenize(text);
        LanguageGuess guess = identifier.identify(tokens, hint);
        return annotator.annotate(text, tokens, guess.language(), guess.rulesLanguage());
    }

    /** For texts whose language is known for certain (training data of one language). */
    public AnalyzedText analyzeAs(@Nullable String raw, Language language) {
        String text = cleaner.clean(raw);
        List<Token> tokens = tokenizer.tokenize(text);
        Language rules = language.isSupported() ? language : Language.ENGLISH;
        return annotator.annotate(text, tokens, language, rules);
    }

    public LanguageGuess identify(@Nullable String raw, @Nullable Language hint) {
        return identifier.identify(tokenizer.tokenize(cleaner.clean(raw)), hint);
    }
}
