package org.helpdesk.analysis.internal.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import org.helpdesk.analysis.internal.ml.FeatureHash;
import org.helpdesk.analysis.internal.ml.LinearModel;

/**
 * OpenNLP's language-detector model (103 languages, char 1–3-grams) compiled into a
 * {@link LinearModel}: the same probabilities as {@code LanguageDetectorME} on the same n-grams,
 * without a String and a map entry per n-gram.
 */
final class LanguageModel {

    private static final String RESOURCE = "/langdetect-183.bin";
    private static final int MAX_CHARS = 1000;

    private final LinearModel model;
    private final LinearModel russianBulgarian;
    private final String[] isoCodes;
    private final ThreadLocal<Scratch> scratch;

    private LanguageModel(LinearModel model, LinearModel russianBulgarian) {
        this.model = model;
        this.russianBulgarian = russianBulgarian;
        this.isoCodes = new String[model.outcomeCount()];
        Map<String, String> iso3to1 = iso3to1();
        for (int i = 0; i < isoCodes.length; i++) {
            String code = model.outcome(i);
            isoCodes[i] = iso3to1.getOrDefault(code, code);
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(model.outcomeCount()));
    }

    /** Loads the model from the {@code opennlp-models-langdetect} jar on the class path. */
    static LanguageModel load() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("opennlp-models-langdetect is not on the class path");
            }
            LanguageDetectorModel detector = new LanguageDetectorModel(in);
            AbstractModel maxent = (AbstractModel) detector.getMaxentModel();
            return new LanguageModel(LinearModel.compile(maxent), LinearModel.compile(maxent, List.of("rus", "bul")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int languageCount() {
        return isoCodes.length;
    }

    /** ISO 639-1 code where one exists, else the model's ISO 639-3 code. */
    String code(int index) {
        return isoCodes[index];
    }

    int indexOf(String isoCode) {
        for (int i = 0; i < isoCodes.length; i++) {
            if (isoCodes[i].equals(isoCode)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Probabilities per language for lower-cased words separated by single spaces. The returned
     * array belongs to the calling thread and is overwritten by its next call.
     */
    double[] probabilities(CharSequence words) {
        Scratch s = scratch.get();
        s.reset();
        ngrams(words, s, model, s.scores);
        LinearModel.softmax(s.scores);
        return s.scores;
    }

    /** log P(ru) - log P(bg), from the Russian and Bulgarian weights only (the rest cancel out). */
    double russianOverBulgarian(CharSequence words) {
        Scratch s = scratch.get();
        s.reset();
        double[] pair = s.pair;
        pair[0] = 0;
        pair[1] = 0;
        ngrams(words, s, russianBulgarian, pair);
        return pair[0] - pair[1];
    }

    private static void ngrams(CharSequence words, Scratch s, LinearModel m, double[] scores) {
        int n = Math.min(words.length(), MAX_CHARS);
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= n; i++) {
                long hash = FeatureHash.of(words, i, i + length);
                if (s.firstTime(hash)) {
                    m.accumulate(hash, 1f, scores);
                }
            }
        }
    }

    private static Map<String, String> iso3to1() {
        Map<String, String> map = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                map.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code: nothing to map
            }
        }
        // Macro-language members the model uses.
        map.put("cmn", "zh");
        map.put("pes", "fa");
        map.put("zsm", "ms");
        map.put("ekk", "et");
        map.put("lvs", "lv");
        map.put("swh", "sw");
        map.put("uzn", "uz");
        map.put("azj", "az");
        map.put("npi", "ne");
        map.put("ory", "or");
        map.put("gug", "gn");
        map.put("khk", "mn");
        map.put("arb", "ar");
        return map;
    }

    /** Per-thread buffers: the score vector and an open-addressing set of seen n-grams. */
    private static final class Scratch {
        final double[] scores;
        final double[] pair = new double[2];
        final long[] seen = new long[8192];
        final int[] usedSlots = new int[seen.length / 2];
        int used;

        Scratch(int outcomes) {
            scores = new double[outcomes];
        }

        void reset() {
            java.util.Arrays.fill(scores, 0);
            for (int i = 0; i < used; i++) {
                seen[usedSlots[i]] = 0;
            }
            used = 0;
        }

        boolean firstTime(long hash) {
            if (used >= usedSlots.length) {
                return true; // very long input: count repeats rather than grow
            }
            int mask = seen.length - 1;
            int i = (int) hash & mask;
            while (seen[i] != 0) {
                if (seen[i] == hash) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            seen[i] = hash;
            usedSlots[used++] = i;
            return true;
        }
    }
}
