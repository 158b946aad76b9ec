package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmergingTopicsQuoteTest {

    @Test
    void theKeywordIsLocatedInTheCommentWhateverItsCase() {
        EmergingTopics.Quote quote = EmergingTopics.Quote.of("Упаковка была порвана", List.of("упаковка"));

        assertThat(quote.before()).isEmpty();
        assertThat(quote.match()).isEqualTo("Упаковка");
        assertThat(quote.after()).isEqualTo(" была порвана");
    }

    @Test
    void aLongCommentIsCutAroundTheKeyword() {
        String comment = "a".repeat(500) + " <b>tracking</b> " + "z".repeat(500);

        EmergingTopics.Quote quote = EmergingTopics.Quote.of(comment, List.of("tracking"));

        assertThat(quote.text()).startsWith("…").endsWith("…").hasSizeLessThanOrEqualTo(242);
        assertThat(quote.match()).isEqualTo("tracking");
        assertThat(quote.before()).endsWith("<b>");
        assertThat(quote.after()).startsWith("</b>");
    }

    @Test
    void aKeywordThatCannotBeLocatedMarksNothing() {
        EmergingTopics.Quote quote = EmergingTopics.Quote.of("Курьеры опаздывают", List.of("доставка"));

        assertThat(quote.before()).isEqualTo("Курьеры опаздывают");
        assertThat(quote.match()).isEmpty();
        assertThat(quote.after()).isEmpty();
    }
}
