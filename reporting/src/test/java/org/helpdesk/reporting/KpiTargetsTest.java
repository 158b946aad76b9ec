package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class KpiTargetsTest extends ReportTestSupport {

    @Test
    void defaultsComeFromTheCatalogue() {
        KpiTargets targets = targets();

        assertThat(targets.target(Kpi.RESOLVED_SHARE)).isEqualTo(Target.of(Comparison.GE, "95", "5"));
        assertThat(targets.target(Kpi.RESOLUTION_TIME)).isEqualTo(Target.of(Comparison.LE, "24", "6"));
        assertThat(targets.target(Kpi.REPEAT_CONTACTS)).isEqualTo(Target.of(Comparison.LT, "5", "2"));
        assertThat(targets.target(Kpi.NPS)).isEqualTo(Target.of(Comparison.GT, "0", "10"));
        assertThat(targets.target(Kpi.CSAT)).isEqualTo(Target.of(Comparison.GE, "4.0", "0.3"));
        assertThat(targets.target(Kpi.REOPEN_RATE)).isNull();
        assertThat(targets.all()).hasSize(Kpi.values().length).noneMatch(TargetSetting::custom);
    }

    @Test
    void administratorsChangeRemoveAndResetTargets() {
        KpiTargets targets = targets();

        targets.set(Kpi.RESOLVED_SHARE, Target.of(Comparison.GE, "90", "2.5"), "adam.admin");
        targets.set(Kpi.REPEAT_CONTACTS, null, "adam.admin");
        targets.set(Kpi.REOPEN_RATE, Target.of(Comparison.LE, "10", "2"), "adam.admin");

        assertThat(targets.target(Kpi.RESOLVED_SHARE)).isEqualTo(Target.of(Comparison.GE, "90.0000", "2.5000"));
        assertThat(targets.target(Kpi.REPEAT_CONTACTS)).isNull();
        assertThat(targets.inForce()).containsKey(Kpi.REOPEN_RATE).doesNotContainKey(Kpi.REPEAT_CONTACTS);
        desk.ticket("2025-03-02T10:00:00Z").resolved("2025-03-03T10:00:00Z").save();
        assertThat(result(march(), Kpi.REOPEN_RATE).status()).isEqualTo(Rag.GREEN);

        targets.reset(Kpi.REPEAT_CONTACTS);
        assertThat(targets.target(Kpi.REPEAT_CONTACTS)).isEqualTo(Kpi.REPEAT_CONTACTS.defaultTarget());
    }

    @Test
    void aPercentageTargetMustBeAPercentage() {
        assertThatThrownBy(() -> targets().set(Kpi.RESOLVED_SHARE, Target.of(Comparison.GE, "120", "5"), "adam.admin"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Target.of(Comparison.GE, "90", "-1")).isInstanceOf(InvalidInputException.class);
    }
}
