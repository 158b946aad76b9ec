package org.helpdesk.analysis.internal.sentiment;

/**
 * Which sentiment features to extract; stored with a model so that it is read back with the same
 * features it was trained with.
 */
public record FeatureOptions(
        boolean negation,
        boolean bigrams,
        int charMin,
        int charMax,
        boolean negatedCharGrams,
        boolean lexicon,
        float charWeight,
        boolean surfaceWords,
        boolean trigrams,
        boolean mentions) {

    /** What cross-validation on our development sets chose (see docs/analyzer-evaluation.md). */
    public static FeatureOptions standard() {
        return new FeatureOptions(true, true, 3, 5, false, true, 1f, false, false, false);
    }

    /** The reference point: stemmed unigrams and bigrams only. */
    public static FeatureOptions bagOfWords() {
        return new FeatureOptions(false, true, 0, 0, false, false, 1f, false, false, false);
    }

    public String encode() {
        return "negation=" + negation + ";bigrams=" + bigrams + ";charMin=" + charMin + ";charMax=" + charMax
                + ";negatedCharGrams=" + negatedCharGrams + ";lexicon=" + lexicon + ";charWeight=" + charWeight
                + ";surfaceWords=" + surfaceWords + ";trigrams=" + trigrams + ";mentions=" + mentions;
    }

    public static FeatureOptions decode(String s) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String part : s.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        FeatureOptions d = standard();
        return new FeatureOptions(
                Boolean.parseBoolean(m.getOrDefault("negation", String.valueOf(d.negation()))),
                Boolean.parseBoolean(m.getOrDefault("bigrams", String.valueOf(d.bigrams()))),
                Integer.parseInt(m.getOrDefault("charMin", String.valueOf(d.charMin()))),
                Integer.parseInt(m.getOrDefault("charMax", String.valueOf(d.charMax()))),
                Boolean.parseBoolean(m.getOrDefault("negatedCharGrams", String.valueOf(d.negatedCharGrams()))),
                Boolean.parseBoolean(m.getOrDefault("lexicon", String.valueOf(d.lexicon()))),
                Float.parseFloat(m.getOrDefault("charWeight", String.valueOf(d.charWeight()))),
                Boolean.parseBoolean(m.getOrDefault("surfaceWords", String.valueOf(d.surfaceWords()))),
                Boolean.parseBoolean(m.getOrDefault("trigrams", String.valueOf(d.trigrams()))),
                Boolean.parseBoolean(m.getOrDefault("mentions", "false")));
    }
}
