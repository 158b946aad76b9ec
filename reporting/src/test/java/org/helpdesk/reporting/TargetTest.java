package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void greenMeetsTheTargetAmberMissesItWithinToleranceRedBeyond() {
        Target atLeast95 = Target.of(Comparison.GE, "95", "5");

        assertThat(atLeast95.assess(new BigDecimal("95.0"))).isEqualTo(Rag.GREEN);
        assertThat(atLeast95.assess(new BigDecimal("90.0"))).isEqualTo(Rag.AMBER);
        assertThat(atLeast95.assess(new BigDecimal("89.9"))).isEqualTo(Rag.RED);
        assertThat(atLeast95.assess(null)).isEqualTo(Rag.NONE);
    }

    @Test
    void strictTargetsAreMissedByTheTargetValueItself() {
        assertThat(Target.of(Comparison.GT, "0", "10").assess(BigDecimal.ZERO)).isEqualTo(Rag.AMBER);
        assertThat(Target.of(Comparison.GT, "0", "10").assess(new BigDecimal("0.1")))
                .isEqualTo(Rag.GREEN);
        assertThat(Target.of(Comparison.LT, "5", "2").assess(new BigDecimal("5.0")))
                .isEqualTo(Rag.AMBER);
        assertThat(Target.of(Comparison.LT, "5", "2").assess(new BigDecimal("7.1")))
                .isEqualTo(Rag.RED);
        assertThat(Target.of(Comparison.LE, "24", "6").assess(new BigDecimal("24.00")))
                .isEqualTo(Rag.GREEN);
    }

    @Test
    void targetsReadAsComparisons() {
        assertThat(Target.of(Comparison.GE, "95.00", "5").text()).isEqualTo("≥ 95");
        assertThat(Target.of(Comparison.LT, "4.5", "1").text()).isEqualTo("< 4.5");
    }
}
