package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ThemeFilterTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 31);

    private static ThemeFilter filter(String from, String to, String kind, String min, String max) {
        return ThemeFilter.of(
                new ThemeFilter.Parameters(from, to, null, null, null, null, kind, min, max), TODAY, SOFIA);
    }

    @Test
    void withoutDatesItIsTheLastThirtyDaysComparedWithTheThirtyBefore() {
        ThemeFilter filter = filter(null, null, null, null, null);

        assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(filter.to()).isEqualTo(TODAY);
        assertThat(filter.days()).isEqualTo(30);
        assertThat(filter.previousFrom()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(filter.previousTo()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(filter.step()).isEqualTo(ThemeFilter.TrendStep.DAY);
    }

    @Test
    void periodRunsFromLocalMidnightToLocalMidnightAfterTheLastDay() {
        ThemeFilter filter = filter("2025-03-01", "2025-03-31", null, null, null);

        assertThat(filter.start()).isEqualTo(Instant.parse("2025-02-28T22:00:00Z"));
        assertThat(filter.end()).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
        assertThat(filter.previousStart()).isEqualTo(Instant.parse("2025-01-28T22:00:00Z"));
    }

    @Test
    void longerPeriodsHaveWeeklyThenMonthlyTrends() {
        assertThat(filter("2025-01-01", "2025-03-31", null, null, null).step()).isEqualTo(ThemeFilter.TrendStep.WEEK);
        assertThat(filter("2023-01-01", "2025-03-31", null, null, null).step()).isEqualTo(ThemeFilter.TrendStep.MONTH);
        assertThat(ThemeFilter.TrendStep.WEEK.start(LocalDate.of(2025, 3, 2))).isEqualTo(LocalDate.of(2025, 2, 24));
    }

    @Test
    void scoreRangeIsCheckedAgainstTheKindsScale() {
        ThemeFilter filter = filter(null, null, "nps", "0", "6");
        assertThat(filter.kind()).isEqualTo(SurveyKind.NPS);
        assertThat(filter.maxScore()).isEqualTo(6);

        assertThatThrownBy(() -> filter(null, null, "CSAT", "0", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("minScore"));
        assertThatThrownBy(() -> filter(null, null, null, "1", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("kind"));
        assertThatThrownBy(() -> filter(null, null, "CSAT", "4", "2"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("maxScore"));
    }

    @Test
    void unreadableParametersAreAllNamed() {
        assertThatThrownBy(() -> filter("yesterday", "2025-13-01", "stars", "many", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder("from", "to", "kind", "minScore"));
        assertThatThrownBy(() -> filter("2025-03-10", "2025-03-01", null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filter("2000-01-01", "2025-03-01", null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
