package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Maria calls again about her delivery: is it a repeat contact? */
class RepeatContactRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-16T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);
    private static final UUID DELIVERY = UUID.randomUUID();
    private static final UUID BILLING = UUID.randomUUID();
    private static final UUID KETTLE = UUID.randomUUID();

    @Test
    void sameCategoryWithinTheWindowIsARepeatContact() {
        assertThat(RepeatContacts.isRepeat(DELIVERY, null, NOW.minus(Duration.ofDays(6)), DELIVERY, null, NOW, WEEK))
                .isTrue();
    }

    @Test
    void contactExactlyAtTheEdgeOfTheWindowStillCounts() {
        assertThat(RepeatContacts.isRepeat(DELIVERY, null, NOW.minus(WEEK), DELIVERY, null, NOW, WEEK))
                .isTrue();
        assertThat(RepeatContacts.isRepeat(DELIVERY, null, NOW.minus(WEEK).minusSeconds(1), DELIVERY, null, NOW, WEEK))
                .isFalse();
    }

    @Test
    void otherCategoryIsANewMatter() {
        assertThat(RepeatContacts.isRepeat(BILLING, null, NOW.minus(Duration.ofDays(1)), DELIVERY, null, NOW, WEEK))
                .isFalse();
    }

    @Test
    void productMustMatchWhenTheNewTicketNamesOne() {
        assertThat(RepeatContacts.isRepeat(
                        DELIVERY, KETTLE, NOW.minus(Duration.ofDays(1)), DELIVERY, KETTLE, NOW, WEEK))
                .isTrue();
        assertThat(RepeatContacts.isRepeat(DELIVERY, null, NOW.minus(Duration.ofDays(1)), DELIVERY, KETTLE, NOW, WEEK))
                .isFalse();
    }

    @Test
    void unclassifiedTicketIsNeverARepeat() {
        assertThat(RepeatContacts.isRepeat(null, null, NOW.minus(Duration.ofDays(1)), null, null, NOW, WEEK))
                .isFalse();
    }
}
