package org.helpdesk.analysis.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.analysis.Language;
import org.helpdesk.analysis.SentimentLabel;
import org.helpdesk.analysis.internal.sentiment.ClassifierPart;
import org.helpdesk.analysis.internal.sentiment.PartTraining;
import org.helpdesk.analysis.internal.sentiment.SentimentFeatures;
import org.helpdesk.analysis.internal.sentiment.SentimentModel;
import org.helpdesk.analysis.internal.sentiment.TrainingRecipe;
import org.helpdesk.analysis.internal.text.AnalyzedText;

/**
 * The model that works without any training data: a maxent classifier trained at first use on our
 * own seed texts ({@code seeds-<lang>.tsv}, a few hundred short feedback sentences we wrote), whose
 * lexicon features carry it to words the seeds do not contain. Training takes well under a second.
 */
public final class BuiltInSentiment {

    private final Map<Language, SentimentModel> models;

    private BuiltInSentiment(SharedResources resources) {
        TextPipeline pipeline = resources.pipeline(2000);
        TrainingRecipe recipe = TrainingRecipe.builtIn();
        SentimentFeatures features = new SentimentFeatures(recipe.features(), resources.lexicons());
        Map<Language, SentimentModel> map = new LinkedHashMap<>();
        for (Language language : SharedResources.LANGUAGES) {
            List<AnalyzedText> texts = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String[] seed : seeds(language)) {
                texts.add(pipeline.analyzeAs(seed[1], language));
                labels.add(seed[0]);
            }
            ClassifierPart part =
                    PartTraining.train("builtin-" + language.code(), language, texts, labels, recipe, features);
            map.put(language, new SentimentModel(part.classifier(features)));
        }
        this.models = Map.copyOf(map);
    }

    private static final class Holder {
        static final BuiltInSentiment INSTANCE = new BuiltInSentiment(SharedResources.get());
    }

    public static Map<Language, SentimentModel> models() {
        return Holder.INSTANCE.models;
    }

    private static String[] seed(String line, int tab, String resource) {
        String label = SentimentLabel.parse(line.substring(0, tab))
                .orElseThrow(() -> new IllegalStateException("Bad seed label in " + resource + ": " + line))
                .code();
        return new String[] {label, line.substring(tab + 1)};
    }

    static List<String[]> seeds(Language language) {
        String resource = "seeds-" + language.code() + ".tsv";
        List<String[]> seeds = new ArrayList<>();
        try (InputStream in = BuiltInSentiment.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    seeds.add(seed(line, tab, resource));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
