package org.helpdesk.analysis.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.language.LanguageIdentifier;
import org.helpdesk.analysis.internal.sentiment.SentimentLexicon;
import org.helpdesk.analysis.internal.text.Stemmer;
import org.helpdesk.analysis.internal.text.TextAnnotator;

/**
 * The read-only resources every analyzer shares: OpenNLP's language model (~1 s and ~20 MB to load),
 * the stemmers with their caches, and our lexicons. Loaded once per JVM on first use; they are
 * immutable, so sharing them between analyzers and threads is safe.
 */
public final class SharedResources {

    public static final List<Language> LANGUAGES = List.of(Language.RUSSIAN, Language.BULGARIAN, Language.ENGLISH);

    private final LanguageIdentifier identifier;
    private final Stemmer stemmer;
    private final TextAnnotator annotator;
    private final Map<Language, SentimentLexicon> lexicons;

    private SharedResources() {
        this.identifier = LanguageIdentifier.load();
        this.stemmer = new Stemmer();
        this.annotator = new TextAnnotator(stemmer);
        Map<Language, SentimentLexicon> map = new LinkedHashMap<>();
        for (Language language : LANGUAGES) {
            map.put(language, SentimentLexicon.load(language, stemmer));
        }
        this.lexicons = Map.copyOf(map);
    }

    private static final class Holder {
        static final SharedResources INSTANCE = new SharedResources();
    }

    public static SharedResources get() {
        return Holder.INSTANCE;
    }

    public TextPipeline pipeline(int maxChars) {
        return new TextPipeline(identifier, annotator, maxChars);
    }

    public Stemmer stemmer() {
        return stemmer;
    }

    public Map<Language, SentimentLexicon> lexicons() {
        return lexicons;
    }
}
