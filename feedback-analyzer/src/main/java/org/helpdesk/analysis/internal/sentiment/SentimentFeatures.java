package org.helpdesk.analysis.internal.sentiment;

import java.util.Map;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.internal.ml.FeatureSink;
import org.helpdesk.analysis.internal.ml.Featurizer;
import org.helpdesk.analysis.internal.text.AnalyzedText;
import org.helpdesk.analysis.internal.text.Token;
import org.helpdesk.analysis.internal.text.TokenKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns an analysed text (or a clause of it) into maxent features. Beyond stemmed unigrams and
 * bigrams: negation-marked unigrams ("w:!понрав"), char n-grams of the written words (typos and
 * Russian/Bulgarian inflections that the stemmers miss), emoticons and emoji, emphatic punctuation,
 * and lexicon features (counts of positive and negative words after negation, the balance, the last
 * polar word) that let a model trained on a few thousand texts generalise to words it has not seen.
 */
public final class SentimentFeatures implements Featurizer {

    private static final int MAX_CHARGRAM_WORD = 24;

    private final FeatureOptions options;
    private final Map<Language, SentimentLexicon> lexicons;

    public SentimentFeatures(FeatureOptions options, Map<Language, SentimentLexicon> lexicons) {
        this.options = options;
        this.lexicons = Map.copyOf(lexicons);
    }

    public FeatureOptions options() {
        return options;
    }

    @Override
    public void extract(AnalyzedText text, int from, int to, FeatureSink sink, StringBuilder buf) {
        SentimentLexicon lexicon = lexicons.get(text.rulesLanguage());
        Polarity polarity = new Polarity();
        emit(sink, buf, "bias", -1, -1);
        int previous = -1;
        int beforePrevious = -1;
        for (int i = from; i < to; i++) {
            Token t = text.token(i);
            switch (t.kind()) {
                case WORD, NUMBER -> {
                    word(text, i, to, previous, lexicon, polarity, sink, buf);
                    if (options.trigrams() && beforePrevious >= 0 && text.clause(beforePrevious) == text.clause(i)) {
                        buf.setLength(0);
                        buf.append("t:")
                                .append(gramStem(text, beforePrevious))
                                .append('_')
                                .append(gramStem(text, previous))
                                .append('_')
                                .append(gramStem(text, i));
                        sink.add(buf, beforePrevious, i);
                    }
                    beforePrevious = previous;
                    previous = i;
                }
                case EMOTICON, EMOJI -> symbol(t, i, polarity, sink, buf);
                case PUNCTUATION -> {
                    punctuation(t, i, sink, buf);
                    previous = -1;
                    beforePrevious = -1;
                }
                case URL -> emit(sink, buf, "u:url", i, i);
                case MENTION -> {
                    if (options.mentions()) {
                        // Whom a tweet addresses carries a prior: some companies get more complaints.
                        buf.setLength(0);
                        buf.append("m:").append(t.norm());
                        sink.add(buf, i, i);
                    }
                }
            }
        }
        if (options.lexicon()) {
            polarity.emitSummary(sink, buf);
        }
    }

    private void word(
            AnalyzedText text,
            int i,
            int to,
            int previous,
            @Nullable SentimentLexicon lexicon,
            Polarity polarity,
            FeatureSink sink,
            StringBuilder buf) {
        Token t = text.token(i);
        String stem = t.kind() == TokenKind.NUMBER ? "<num>" : text.stem(i);
        boolean negated = options.negation() && text.isNegated(i);
        buf.setLength(0);
        buf.append(negated ? "w:!" : "w:").append(stem);
        sink.add(buf, i, i);
        if (options.surfaceWords() && t.kind() == TokenKind.WORD && !t.norm().equals(stem)) {
            buf.setLength(0);
            buf.append(negated ? "u:!" : "u:").append(t.norm());
            sink.add(buf, i, i);
        }
        if (options.bigrams() && previous >= 0 && text.clause(previous) == text.clause(i)) {
            Token p = text.token(previous);
            buf.setLength(0);
            buf.append("b:")
                    .append(p.kind() == TokenKind.NUMBER ? "<num>" : text.stem(previous))
                    .append('_')
                    .append(stem);
            sink.add(buf, previous, i);
        }
        if (options.charMax() > 0 && t.kind() == TokenKind.WORD) {
            charGrams(t.norm(), negated && options.negatedCharGrams(), i, sink, buf);
        }
        if (t.is(Token.SHOUTED)) {
            emit(sink, buf, "s:caps", i, i);
        }
        if (t.is(Token.ELONGATED)) {
            emit(sink, buf, "s:elong", i, i);
        }
        if (options.lexicon() && lexicon != null && t.kind() == TokenKind.WORD) {
            lexicon(text, i, to, stem, negated || text.isNegated(i), lexicon, polarity, sink, buf);
        }
    }

    private void charGrams(String norm, boolean negated, int i, FeatureSink sink, StringBuilder buf) {
        int length = Math.min(norm.length(), MAX_CHARGRAM_WORD);
        int padded = length + 2;
        for (int n = options.charMin(); n <= options.charMax(); n++) {
            for (int start = 0; start + n <= padded; start++) {
                buf.setLength(0);
                buf.append(negated ? "c!" : "c:");
                for (int k = start; k < start + n; k++) {
                    buf.append(k == 0 ? '^' : k == padded - 1 ? '$' : norm.charAt(k - 1));
                }
                sink.add(buf, i, i, options.charWeight());
            }
        }
    }

    private static void lexicon(
            AnalyzedText text,
            int i,
            int to,
            String stem,
            boolean negated,
            SentimentLexicon lexicon,
            Polarity polarity,
            FeatureSink sink,
            StringBuilder buf) {
        int cls = lexicon.word(stem);
        int end = i;
        if (lexicon.startsPhrase(stem)) {
            int next = nextWord(text, i, to);
            if (next > 0) {
                String two = stem + ' ' + text.stem(next);
                int phrase = lexicon.phrase(two);
                int third = nextWord(text, next, to);
                int phrase3 = third > 0 ? lexicon.phrase(two + ' ' + text.stem(third)) : SentimentLexicon.NONE;
                if (phrase3 != SentimentLexicon.NONE) {
                    cls = phrase3;
                    end = third;
                } else if (phrase != SentimentLexicon.NONE) {
                    cls = phrase;
                    end = next;
                }
            }
        }
        polarity.add(cls, negated, i, end, sink, buf);
    }

    private static int nextWord(AnalyzedText text, int i, int to) {
        int next = i + 1;
        return next < to && text.token(next).isWord() && text.clause(next) == text.clause(i) ? next : -1;
    }

    private void symbol(Token t, int i, Polarity polarity, FeatureSink sink, StringBuilder buf) {
        buf.setLength(0);
        buf.append("e:").append(t.norm());
        sink.add(buf, i, i);
        int p = SentimentLexicon.symbol(t.norm());
        if (p != SentimentLexicon.NONE) {
            emit(sink, buf, p > 0 ? "e:pos" : "e:neg", i, i);
            if (options.lexicon()) {
                polarity.add(p, false, i, i, sink, buf);
            }
        }
    }

    private static void punctuation(Token t, int i, FeatureSink sink, StringBuilder buf) {
        String n = t.norm();
        if (n.equals("!") || n.equals("!!") || n.equals("?") || n.equals("??") || n.equals("?!") || n.equals("…")) {
            buf.setLength(0);
            buf.append("p:").append(n);
            sink.add(buf, i, i);
        }
    }

    private static String gramStem(AnalyzedText text, int i) {
        return text.token(i).kind() == TokenKind.NUMBER ? "<num>" : text.stem(i);
    }

    static void emit(FeatureSink sink, StringBuilder buf, String name, int from, int to) {
        buf.setLength(0);
        buf.append(name);
        sink.add(buf, from, to);
    }

    /** Running counts of polar words in one text. */
    private static final class Polarity {
        int positive;
        int negative;
        int last;
        boolean intensify;

        void add(int cls, boolean negated, int from, int to, FeatureSink sink, StringBuilder buf) {
            switch (cls) {
                case SentimentLexicon.POSITIVE ->
                    polar(negated ? -1 : 1, negated ? "L:!pos" : "L:pos", from, to, sink, buf);
                case SentimentLexicon.NEGATIVE ->
                    polar(negated ? 0 : -1, negated ? "L:!neg" : "L:neg", from, to, sink, buf);
                case SentimentLexicon.SERVICE -> {
                    if (negated) {
                        polar(-1, "L:!svc", from, to, sink, buf);
                    }
                }
                case SentimentLexicon.INTENSIFIER -> intensify = true;
                default -> {
                    // not in the lexicon
                }
            }
        }

        private void polar(int sign, String name, int from, int to, FeatureSink sink, StringBuilder buf) {
            SentimentFeatures.emit(sink, buf, name, from, to);
            if (intensify && sign != 0) {
                SentimentFeatures.emit(sink, buf, sign > 0 ? "L:int+" : "L:int-", from, to);
            }
            intensify = false;
            if (sign > 0) {
                positive++;
            } else if (sign < 0) {
                negative++;
            }
            if (sign != 0) {
                last = sign;
            }
        }

        void emitSummary(FeatureSink sink, StringBuilder buf) {
            int balance = Math.max(-3, Math.min(3, positive - negative));
            SentimentFeatures.emit(sink, buf, "L:bal" + balance, -1, -1);
            if (positive == 0 && negative == 0) {
                SentimentFeatures.emit(sink, buf, "L:none", -1, -1);
            } else {
                SentimentFeatures.emit(sink, buf, last > 0 ? "L:last+" : "L:last-", -1, -1);
                if (positive > 0 && negative > 0) {
                    SentimentFeatures.emit(sink, buf, "L:mixed", -1, -1);
                }
            }
        }
    }
}
