package org.helpdesk.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.helpdesk.analysis.internal.io.Json;
import org.helpdesk.analysis.internal.sentiment.ClassifierPart;
import org.jspecify.annotations.Nullable;

/**
 * Sentiment (and optionally theme) classifiers trained from an installation's own labelled feedback.
 * Stored as a directory: {@code manifest.json}, {@code taxonomy.json} and one OpenNLP model file per
 * classifier. Languages without a trained model fall back to the built-in one.
 */
public final class TrainedModel {

    static final int FORMAT = 1;

    private final ModelManifest manifest;
    private final Map<Language, ClassifierPart> sentiment;
    private final Map<Language, ClassifierPart> themes;
    private final ThemeTaxonomy taxonomy;

    TrainedModel(
            ModelManifest manifest,
            Map<Language, ClassifierPart> sentiment,
            Map<Language, ClassifierPart> themes,
            ThemeTaxonomy taxonomy) {
        this.manifest = manifest;
        this.sentiment = Map.copyOf(sentiment);
        this.themes = Map.copyOf(themes);
        this.taxonomy = taxonomy;
    }

    /** Assembles a new model; the version is derived from the creation time and the model files. */
    static TrainedModel create(
            Instant created,
            int trainingSize,
            Map<Language, ClassifierPart> sentiment,
            Map<Language, ClassifierPart> themes,
            ThemeTaxonomy taxonomy) {
        Map<String, Double> metrics = new TreeMap<>();
        sentiment.values().forEach(p -> addMetrics(metrics, "sentiment", p));
        themes.values().forEach(p -> addMetrics(metrics, "themes", p));
        List<Language> languages = new ArrayList<>(sentiment.keySet());
        languages.sort((a, b) -> a.code().compareTo(b.code()));
        String version = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(ZoneOffset.UTC)
                        .format(created) + "-" + digest(sentiment, themes);
        return new TrainedModel(
                new ModelManifest(version, created, languages, trainingSize, metrics), sentiment, themes, taxonomy);
    }

    private static void addMetrics(Map<String, Double> metrics, String kind, ClassifierPart part) {
        String prefix = kind + "." + part.language().code() + ".";
        metrics.put(prefix + "examples", (double) part.examples());
        EvaluationReport r = part.crossValidated();
        if (r != null) {
            metrics.put(prefix + "accuracy", Math.round(r.accuracy() * 10000) / 10000.0);
            metrics.put(prefix + "macroF1", Math.round(r.macroF1() * 10000) / 10000.0);
        }
    }

    private static String digest(Map<Language, ClassifierPart> sentiment, Map<Language, ClassifierPart> themes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<ClassifierPart> parts = new ArrayList<>(sentiment.values());
            parts.addAll(themes.values());
            parts.sort((a, b) -> a.name().compareTo(b.name()));
            for (ClassifierPart p : parts) {
                sha.update(p.name().getBytes(StandardCharsets.UTF_8));
                sha.update(org.helpdesk.analysis.internal.ml.MaxentTraining.write(p.maxent()));
                sha.update(p.calibration().encode().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ModelManifest manifest() {
        return manifest;
    }

    /** The taxonomy whose matches were features of the theme classifiers. */
    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The theme ids a trained theme classifier can assign, per language. */
    public Map<Language, List<String>> trainedThemes() {
        Map<Language, List<String>> out = new LinkedHashMap<>();
        themes.forEach((language, part) ->
                out.put(language, List.copyOf(part.labelCounts().keySet())));
        return out;
    }

    Map<Language, ClassifierPart> sentimentParts() {
        return sentiment;
    }

    Map<Language, ClassifierPart> themeParts() {
        return themes;
    }

    /** Writes the model into {@code directory} (created if missing; existing model files are replaced). */
    public void save(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Object> sentimentEntries = new ArrayList<>();
        for (ClassifierPart p : sentiment.values()) {
            sentimentEntries.add(p.write(directory));
        }
        List<Object> themeEntries = new ArrayList<>();
        for (ClassifierPart p : themes.values()) {
            themeEntries.add(p.write(directory));
        }
        taxonomy.save(directory.resolve("taxonomy.json"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", manifest.version());
        m.put("created", manifest.created().toString());
        m.put("languages", manifest.languages().stream().map(Language::code).toList());
        m.put("trainingSize", manifest.trainingSize());
        m.put("metrics", manifest.metrics());
        m.put("sentiment", sentimentEntries);
        m.put("themes", themeEntries);
        Files.writeString(directory.resolve("manifest.json"), Json.writePretty(m), StandardCharsets.UTF_8);
    }

    /** Reads a model directory written by {@link #save(Path)}. */
    public static TrainedModel load(Path directory) throws IOException {
        Path manifestFile = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new NoSuchFileException(manifestFile.toString(), null, "not a model directory (no manifest.json)");
        }
        Map<String, @Nullable Object> m;
        try {
            m = Json.parseObject(Files.readString(manifestFile, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException("Unreadable manifest " + manifestFile + ": " + e.getMessage(), e);
        }
        if (!(m.get("format") instanceof Double f) || f.intValue() != FORMAT) {
            throw new IOException("Unsupported model format in " + manifestFile);
        }
        Map<Language, ClassifierPart> sentiment = parts(directory, m.get("sentiment"));
        Map<Language, ClassifierPart> themes = parts(directory, m.get("themes"));
        Path taxonomyFile = directory.resolve("taxonomy.json");
        ThemeTaxonomy taxonomy =
                Files.isRegularFile(taxonomyFile) ? ThemeTaxonomy.load(taxonomyFile) : ThemeTaxonomy.builtIn();
        return new TrainedModel(manifest(m), sentiment, themes, taxonomy);
    }

    private static Map<Language, ClassifierPart> parts(Path directory, @Nullable Object entries) throws IOException {
        Map<Language, ClassifierPart> parts = new LinkedHashMap<>();
        if (entries instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> d) {
                    ClassifierPart p = ClassifierPart.read(directory, d);
                    parts.put(p.language(), p);
                }
            }
        }
        return parts;
    }

    private static ModelManifest manifest(Map<String, @Nullable Object> m) {
        List<Language> languages = new ArrayList<>();
        if (m.get("languages") instanceof List<?> list) {
            list.forEach(l -> languages.add(Language.of(String.valueOf(l))));
        }
        Map<String, Double> metrics = new TreeMap<>();
        if (m.get("metrics") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof Double d) {
                    metrics.put(String.valueOf(k), d);
                }
            });
        }
        Instant created;
        try {
            created = m.get("created") instanceof String s ? Instant.parse(s) : Instant.EPOCH;
        } catch (java.time.format.DateTimeParseException e) {
            created = Instant.EPOCH; // an unreadable date does not make the model unusable
        }
        int size = m.get("trainingSize") instanceof Double d ? d.intValue() : 0;
        return new ModelManifest(String.valueOf(m.get("version")), created, languages, size, metrics);
    }

    @Override
    public String toString() {
        return "TrainedModel[" + manifest.version() + ", " + manifest.languages() + "]";
    }
}
