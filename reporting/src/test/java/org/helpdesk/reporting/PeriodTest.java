package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    @Test
    void aMonthRunsFromLocalMidnightToLocalMidnightWhateverDaylightSavingDoes() {
        Period march = Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 17), SOFIA);

        assertThat(march.start()).isEqualTo(Instant.parse("2025-02-28T22:00:00Z"));
        assertThat(march.end()).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
        Period changeDay = Period.containing(Period.Type.DAY, LocalDate.of(2025, 3, 30), SOFIA);
        assertThat(Duration.between(changeDay.start(), changeDay.end())).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void thePreviousPeriodIsTheOneJustBefore() {
        assertThat(Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 31), SOFIA)
                        .previous())
                .isEqualTo(new Period(Period.Type.MONTH, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), SOFIA));
        assertThat(Period.containing(Period.Type.QUARTER, LocalDate.of(2025, 2, 10), SOFIA)
                        .previous())
                .isEqualTo(
                        new Period(Period.Type.QUARTER, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31), SOFIA));
        assertThat(Period.containing(Period.Type.WEEK, LocalDate.of(2025, 3, 5), SOFIA))
                .isEqualTo(new Period(Period.Type.WEEK, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), SOFIA));
        assertThat(Period.containing(Period.Type.WEEK, LocalDate.of(2025, 3, 5), SOFIA)
                        .previous()
                        .from())
                .isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(Period.containing(Period.Type.DAY, LocalDate.of(2025, 3, 1), SOFIA)
                        .previous()
                        .from())
                .isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(Period.custom(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 19), SOFIA)
                        .previous())
                .isEqualTo(Period.custom(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 9), SOFIA));
    }

    @Test
    void trendStepsCoverThePeriod() {
        Period march = Period.containing(Period.Type.MONTH, LocalDate.of(2025, 3, 1), SOFIA);

        assertThat(Granularity.DAY.buckets(march)).hasSize(31);
        assertThat(Granularity.WEEK.buckets(march)).first().isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(Granularity.MONTH.buckets(march)).containsExactly(LocalDate.of(2025, 3, 1));
        assertThat(Granularity.QUARTER.truncate(LocalDate.of(2025, 5, 20))).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void aPeriodEndsAfterItStartsAndIsNotEndless() {
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1), SOFIA))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2000, 1, 1), LocalDate.of(2025, 1, 1), SOFIA))
                .isInstanceOf(InvalidInputException.class);
        Period year = Period.custom(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), SOFIA);
        assertThatThrownBy(() -> new ReportQuery(year, Granularity.DAY, null, ReportFilter.none(), ReportScope.all()))
                .isInstanceOf(InvalidInputException.class);
    }
}
