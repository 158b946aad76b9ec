package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteWindowTest {

    @Test
    void shortTextsAndEarlyMentionsStayWhole() {
        assertThat(ThemeInsights.around("Доставка опоздала.", List.of("доставка")))
                .isEqualTo("Доставка опоздала.");
        String early = "Доставка опоздала. " + "слово ".repeat(100);
        assertThat(ThemeInsights.around(early, List.of("доставка"))).isEqualTo(early);
    }

    @Test
    void aLateMentionIsShownWithTheTextJustBeforeIt() {
        String text = "вступление ".repeat(60) + "курьер не приехал, доставка сорвалась " + "хвост ".repeat(50);
        String quote = ThemeInsights.around(text, List.of("Доставка"));
        assertThat(quote).startsWith("… ").contains("курьер не приехал, доставка сорвалась");
        assertThat(quote.indexOf("доставка")).isLessThan(ThemeInsights.QUOTE_LENGTH / 2);
        assertThat(quote.substring(2)).doesNotStartWith("ступление").matches("(?s)\\p{L}.*");
    }

    @Test
    void withoutTheEvidenceTheTextStartsAtTheBeginning() {
        String text = "слово ".repeat(100);
        assertThat(ThemeInsights.around(text, List.of("доставка"))).isEqualTo(text);
    }
}
