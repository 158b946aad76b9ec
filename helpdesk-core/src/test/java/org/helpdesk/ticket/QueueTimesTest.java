package org.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueueTimesTest {

    static final Instant NOW = Instant.parse("2025-03-05T12:00:00Z");
    static final Instant QUEUED = Instant.parse("2025-03-05T11:50:00Z");

    @Test
    void phoneAndChatContactsQueueAndArePickedUpAfterwards() {
        assertThat(new QueueTimes(QUEUED, NOW).validate(Channel.PHONE, NOW).pickedUpAt())
                .isEqualTo(NOW);
        assertThat(new QueueTimes(QUEUED, QUEUED).validate(Channel.CHAT, NOW).queuedAt())
                .isEqualTo(QUEUED);
        assertThat(QueueTimes.NONE.validate(Channel.EMAIL, NOW).recorded()).isFalse();
    }

    @Test
    void otherChannelsDoNotQueue() {
        assertThat(codes(new QueueTimes(QUEUED, null), Channel.EMAIL)).containsExactly("queuedAt:not_queued_channel");
    }

    @Test
    void aPickupNeedsAQueueEntryBeforeItAndNeitherIsInTheFuture() {
        assertThat(codes(new QueueTimes(null, QUEUED), Channel.PHONE)).containsExactly("pickedUpAt:without_queue");
        assertThat(codes(new QueueTimes(QUEUED, QUEUED.minusSeconds(1)), Channel.PHONE))
                .containsExactly("pickedUpAt:before_queue");
        assertThat(codes(new QueueTimes(NOW.plusSeconds(60), NOW.plusSeconds(120)), Channel.CHAT))
                .containsExactly("queuedAt:in_future", "pickedUpAt:in_future");
    }

    @Test
    void aDraftReportsQueueProblemsWithItsOthers() {
        TicketDraft draft = new TicketDraft(
                        "", "d", "a@b.co", null, null, null, "EMAIL", null, null, null, null, null, null, null)
                .queued(QUEUED, null);

        assertThatThrownBy(() -> draft.validate(NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("subject", "queuedAt"));
    }

    private static java.util.List<String> codes(QueueTimes times, Channel channel) {
        try {
            times.validate(channel, NOW);
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
    }
}
