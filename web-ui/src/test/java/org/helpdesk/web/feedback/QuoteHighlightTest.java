package org.helpdesk.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteHighlightTest {

    @Test
    void marksWholeWordsIgnoringCaseLongestTermFirst() {
        QuoteHighlight quote = QuoteHighlight.of(
                "Delivery late; the delivery man never arrived. Deliveryman?",
                List.of("delivery", "never arrived", "delivery man"));

        assertThat(quote.pieces())
                .containsExactly(
                        new QuoteHighlight.Piece("Delivery", true),
                        new QuoteHighlight.Piece(" late; the ", false),
                        new QuoteHighlight.Piece("delivery man", true),
                        new QuoteHighlight.Piece(" ", false),
                        new QuoteHighlight.Piece("never arrived", true),
                        new QuoteHighlight.Piece(". Deliveryman?", false));
    }

    @Test
    void keepsMarkupAsPlainTextForThePageToEscape() {
        QuoteHighlight quote = QuoteHighlight.of("<b>доставка</b>", List.of("доставка", " "));

        assertThat(quote.pieces())
                .containsExactly(
                        new QuoteHighlight.Piece("<b>", false),
                        new QuoteHighlight.Piece("доставка", true),
                        new QuoteHighlight.Piece("</b>", false));
        assertThat(QuoteHighlight.of("no terms", List.of()).pieces())
                .containsExactly(new QuoteHighlight.Piece("no terms", false));
    }
}
