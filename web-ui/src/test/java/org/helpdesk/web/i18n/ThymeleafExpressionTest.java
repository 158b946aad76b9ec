package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThymeleafExpressionTest {

    @Test
    void findsTheTextAnExpressionShows() {
        assertThat(ThymeleafExpression.shownLiterals("${a.size()} + ' bytes'")).containsExactly(" bytes");
        assertThat(ThymeleafExpression.shownLiterals("${done} ? 'Finished' : #{job.running}"))
                .containsExactly("Finished");
        assertThat(ThymeleafExpression.shownLiterals("|Page ${p} of ${n}|")).containsExactly("Page  of ");
    }

    @Test
    void messageKeysMapKeysAndComparedConstantsAreNotShown() {
        assertThat(ThymeleafExpression.shownLiterals("#{'status.' + ${s.name()}}"))
                .isEmpty();
        assertThat(ThymeleafExpression.shownLiterals("${e.data['old'] ?: '—'}")).containsExactly("—");
        assertThat(ThymeleafExpression.shownLiterals("${m.status() == 'SENT'} ? #{a} : #{b}"))
                .isEmpty();
    }

    @Test
    void splitsAttributeAssignmentsOnlyBetweenExpressions() {
        assertThat(ThymeleafExpression.topLevelParts("title=#{a(${x}, ${y})}, aria-label='a, b'"))
                .containsExactly("title=#{a(${x}, ${y})}", " aria-label='a, b'");
    }
}
