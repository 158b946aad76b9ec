package org.helpdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CustomerLossTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    @Test
    void aLossHasADayUpToTodayAndAReason() {
        assertThat(new CustomerLoss(TODAY, " Moved away ").validate(TODAY))
                .isEqualTo(new CustomerLoss.Valid(TODAY, "Moved away"));
    }

    @Test
    void aFutureDayNoDayOrNoReasonIsRefused() {
        assertThatThrownBy(() -> new CustomerLoss(TODAY.plusDays(1), "Moved").validate(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("on");
        assertThatThrownBy(() -> new CustomerLoss(null, "Moved").validate(TODAY))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CustomerLoss(TODAY, " ").validate(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
    }
}
