package org.helpdesk.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a trained model is: stored as {@code manifest.json} next to the model files.
 *
 * @param version unique version: creation time plus a hash of the model files
 * @param created when it was trained
 * @param languages languages with a trained sentiment model
 * @param trainingSize number of labelled texts it was trained on
 * @param metrics cross-validated quality from training, e.g. {@code sentiment.ru.macroF1} or
 *     {@code themes.en.accuracy}
 */
public record ModelManifest(
        String version, Instant created, List<Language> languages, int trainingSize, Map<String, Double> metrics) {

    public ModelManifest {
        languages = List.copyOf(languages);
        metrics = Map.copyOf(metrics);
    }
}
