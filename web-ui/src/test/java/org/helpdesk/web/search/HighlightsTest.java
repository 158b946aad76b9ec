package org.helpdesk.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static final String MARKED =
            "Клиенты \uE000жалуются\uE001 на <script>alert(1)</script> \uE000доставки\uE001";

    @Test
    void splitsFragmentIntoMarkedAndPlainParts() {
        assertThat(Highlights.parts(MARKED))
                .containsExactly(
                        new Highlights.Part("Клиенты ", false),
                        new Highlights.Part("жалуются", true),
                        new Highlights.Part(" на <script>alert(1)</script> ", false),
                        new Highlights.Part("доставки", true));
    }

    @Test
    void htmlEscapesCustomerTextAndKeepsOnlyOurMarks() {
        assertThat(Highlights.html(MARKED))
                .isEqualTo(
                        "Клиенты <mark>жалуются</mark> на &lt;script&gt;alert(1)&lt;/script&gt; <mark>доставки</mark>");
    }
}
