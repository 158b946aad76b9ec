package org.helpdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainerTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");

    private final ModelTrainer trainer =
            ModelTrainer.create().language(Language.ENGLISH).clock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void trainedModelIsSavedWithAManifestAndLoadsBackToTheSamePredictions(@TempDir Path dir) throws IOException {
        TrainedModel model = trainer.train(FeedbackFixtures.englishTrainingSet());
        model.save(dir);

        assertThat(dir.resolve("manifest.json")).exists();
        assertThat(dir.resolve("sentiment-en.bin")).exists();
        ModelManifest manifest = TrainedModel.load(dir).manifest();
        assertThat(manifest.version()).startsWith("20261123T101530Z-");
        assertThat(manifest.created()).isEqualTo(NOW);
        assertThat(manifest.languages()).containsExactly(Language.ENGLISH);
        assertThat(manifest.trainingSize()).isEqualTo(42);
        assertThat(manifest.metrics()).containsKey("sentiment.en.macroF1");

        FeedbackAnalyzer fresh = FeedbackAnalyzer.builder().model(model).build();
        FeedbackAnalyzer loaded = FeedbackAnalyzer.withModel(dir);
        for (String text : List.of("lost my bag again", "thanks, lovely crew", "what time is boarding")) {
            assertThat(loaded.analyze(text).sentiment())
                    .isEqualTo(fresh.analyze(text).sentiment());
        }
        assertThat(loaded.modelManifest()).contains(manifest);
    }

    @Test
    void languagesWithoutTrainingDataKeepTheBuiltInModel() {
        FeedbackAnalyzer analyzer = FeedbackAnalyzer.builder()
                .model(trainer.train(FeedbackFixtures.englishTrainingSet()))
                .build();
        assertThat(analyzer.analyze(FeedbackFixtures.OLGA_COMPLAINS_ABOUT_THE_APP)
                        .sentiment()
                        .label())
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void tooFewExamplesTrainNothing() {
        TrainedModel model = trainer.train(FeedbackFixtures.englishTrainingSet().subList(0, 10));
        assertThat(model.manifest().languages()).isEmpty();
    }

    @Test
    void crossValidationReportsEveryClassAndEveryFold() {
        EvaluationReport report = trainer.crossValidate(FeedbackFixtures.englishTrainingSet(), 3);
        assertThat(report.labels()).containsExactly("negative", "neutral", "positive");
        assertThat(report.documents()).isEqualTo(42);
        assertThat(report.foldMacroF1()).hasSize(3);
        assertThat(report.macroF1()).isBetween(0.0, 1.0);
        assertThat(report.format()).contains("macro-F1", "confusion");
    }

    @Test
    void themesAreTrainableFromLabelledReasons(@TempDir Path dir) throws IOException {
        List<TrainingExample> examples = new ArrayList<>(FeedbackFixtures.englishComplaintReasons());
        TrainedModel model = trainer.train(examples);
        model.save(dir);
        assertThat(TrainedModel.load(dir).trainedThemes().get(Language.ENGLISH))
                .containsExactly("customer_service", "late_flight", "lost_luggage");
        FeedbackAnalyzer analyzer = FeedbackAnalyzer.withModel(dir);
        assertThat(analyzer.analyze("they lost my suitcase").themes())
                .extracting(ThemeMatch::theme)
                .contains("lost_luggage");
        assertThat(trainer.crossValidateThemes(examples, 3).labels()).hasSize(3);
    }

    @Test
    void surveyScoresBecomeWeakLabels() {
        assertThat(TrainingExample.fromSurvey("ok", SurveyScale.NPS, 9))
                .map(TrainingExample::sentiment)
                .contains(SentimentLabel.POSITIVE);
        assertThat(TrainingExample.fromSurvey("ok", SurveyScale.CSAT, 7)).isEmpty();
    }

    @Test
    void loadingSomethingThatIsNoModelFailsClearly(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TrainedModel.load(dir)).isInstanceOf(NoSuchFileException.class);
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        assertThatThrownBy(() -> TrainedModel.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("manifest");
    }

    @Test
    void crossValidationNeedsTwoFolds() {
        assertThatThrownBy(() -> trainer.crossValidate(FeedbackFixtures.englishTrainingSet(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
