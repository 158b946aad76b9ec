package org.helpdesk.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.helpdesk.analysis.FeedbackFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FeedbackAnalyzerTest {

    private static FeedbackAnalyzer analyzer;

    @BeforeAll
    static void createAnalyzer() {
        analyzer = FeedbackAnalyzer.builtIn();
    }

    private static SentimentLabel label(String text) {
        return analyzer.analyze(text).sentiment().label();
    }

    @Test
    void builtInModelReadsClearRussianFeedback() {
        assertThat(label(OLGA_PRAISES_THE_OPERATOR)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label(OLGA_COMPLAINS_ABOUT_THE_APP)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(OLGA_ASKS_ABOUT_HOURS)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void builtInModelReadsClearBulgarianFeedback() {
        assertThat(label(GEORGI_LOVES_THE_FILM)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label(GEORGI_IS_BORED)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(GEORGI_ASKS_ABOUT_TICKETS)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void builtInModelReadsClearEnglishFeedback() {
        assertThat(label(EMMA_THANKS_THE_CREW)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label(EMMA_STUCK_ON_HOLD)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(EMMA_ASKS_ABOUT_BAGGAGE)).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void negatedPraiseIsNegativeInEveryLanguage() {
        assertThat(label(OLGA_DID_NOT_LIKE_IT)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(GEORGI_NOT_GOOD)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label(EMMA_NOT_GOOD)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("The crew was good")).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void explanationNamesTheNegatedPhrase() {
        Sentiment s = analyzer.analyze(OLGA_DID_NOT_LIKE_IT).sentiment();
        assertThat(s.explanation()).extracting(SentimentCue::text).anyMatch(t -> t.startsWith("не понравилось"));
    }

    @Test
    void emojiAndEmoticonsCarrySentiment() {
        assertThat(label("😡😡😡")).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(label("Спасибо)))")).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(label("ok :(")).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void scoreAndConfidenceAreCalibratedProbabilities() {
        Sentiment s = analyzer.analyze(EMMA_STUCK_ON_HOLD).sentiment();
        assertThat(s.score()).isBetween(-1.0, 0.0);
        assertThat(s.confidence()).isBetween(1.0 / 3, 1.0);
    }

    @Test
    void languageIsReportedAndTheCustomerLanguageBreaksTies() {
        assertThat(analyzer.analyze(OLGA_ASKS_ABOUT_HOURS).language()).isEqualTo(Language.RUSSIAN);
        assertThat(analyzer.analyze(GEORGI_LOVES_THE_FILM).language()).isEqualTo(Language.BULGARIAN);
        assertThat(analyzer.analyze("Супер!", AnalysisHint.customerLanguage(Language.BULGARIAN))
                        .language())
                .isEqualTo(Language.BULGARIAN);
    }

    @Test
    void themesCarryTheSentimentOfTheirOwnClause() {
        FeedbackAnalysis a = analyzer.analyze(OLGA_MIXED_DELIVERY_AND_COURIER);
        assertThat(a.themes()).extracting(ThemeMatch::theme).contains("delivery", "staff_attitude");
        ThemeMatch staff = a.themes().stream()
                .filter(t -> t.theme().equals("staff_attitude"))
                .findFirst()
                .orElseThrow();
        ThemeMatch delivery = a.themes().stream()
                .filter(t -> t.theme().equals("delivery"))
                .findFirst()
                .orElseThrow();
        assertThat(staff.sentiment()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(delivery.sentiment()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void keywordsKeepTheWrittenFormAndGroupByStem() {
        List<Keyword> keywords = analyzer.analyze("Courier delays again: the courier delayed my parcel")
                .keywords();
        assertThat(keywords).isNotEmpty();
        assertThat(keywords).extracting(Keyword::key).doesNotHaveDuplicates();
        assertThat(keywords.get(0).text()).isNotBlank();
    }

    @Test
    void collectionKeywordsAndCandidateThemesComeFromRepeatedPhrases() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add("The loyalty points disappeared from my account " + i);
            texts.add("Lost my bag on flight " + i);
        }
        assertThat(analyzer.keywords(texts, 5)).extracting(Keyword::key).anyMatch(k -> k.contains("loyalti"));
        List<ThemeCandidate> candidates = analyzer.discoverThemes(texts, 5);
        assertThat(candidates).extracting(ThemeCandidate::key).anyMatch(k -> k.contains("loyalti"));
        assertThat(candidates).extracting(ThemeCandidate::key).noneMatch(k -> k.contains("bag"));
        assertThat(candidates.get(0).examples()).isNotEmpty();
    }

    @Test
    void strangeInputNeverThrowsAndGivesUnknownSentiment() {
        String huge = "очень плохо ".repeat(200_000);
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "   ",
                "\u0000\u0001\u0002",
                "<html><body><p></p></body></html>",
                "12345",
                "!!!???",
                "\ud800",
                huge,
                "<div>Ужасно &amp; долго</div>",
                "a\u200bb\u202ec",
                "👍".repeat(10_000)));
        inputs.add(null);
        for (String input : inputs) {
            assertThatCode(() -> analyzer.analyze(input)).doesNotThrowAnyException();
        }
        assertThat(analyzer.analyze(null).sentiment()).isEqualTo(Sentiment.unknown());
        assertThat(analyzer.analyze("12345").sentiment().confidence()).isZero();
        assertThat(analyzer.analyze("<div>Ужасно &amp; долго</div>").sentiment().label())
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void batchAnalysisKeepsTheOrderOfTheTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(i % 2 == 0 ? EMMA_THANKS_THE_CREW : EMMA_STUCK_ON_HOLD);
        }
        List<FeedbackAnalysis> results = analyzer.analyzeAll(texts);
        assertThat(results).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(results.get(i)).isEqualTo(analyzer.analyze(texts.get(i)));
        }
    }
}
