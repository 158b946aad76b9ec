package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.helpdesk.ticket.internal.TicketFixture.MONDAY_10AM;
import static org.helpdesk.ticket.internal.TicketFixture.mariasComplaint;
import static org.helpdesk.ticket.internal.TicketFixture.petarsDuplicate;

import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.InvalidTransitionException;
import org.helpdesk.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

class MergeAndEscalationTest {

    @Test
    void mergedDuplicateIsClosedAndPointsAtTheTicketThatRemains() {
        TicketState duplicate = petarsDuplicate();
        TicketState original = mariasComplaint(TicketStatus.OPEN);
        duplicate.agentReplyCount = 1;

        duplicate.mergeInto(original, MONDAY_10AM);

        assertThat(duplicate.status).isEqualTo(TicketStatus.CLOSED);
        assertThat(duplicate.mergedInto).isNotNull();
        assertThat(duplicate.mergedInto.number()).isEqualTo(1001);
        assertThat(duplicate.changes).extracting(Change::type).containsExactly("MERGED_INTO");
        assertThat(original.changes).extracting(Change::type).containsExactly("MERGED_FROM");
        assertThat(original.agentReplyCount)
                .as("the moved replies count on the ticket that remains")
                .isEqualTo(1);
    }

    @Test
    void mergedTicketCannotBeWorkedAnyMore() {
        TicketState duplicate = petarsDuplicate();
        duplicate.mergeInto(mariasComplaint(TicketStatus.OPEN), MONDAY_10AM);

        assertThatThrownBy(() -> duplicate.moveTo(TicketStatus.OPEN, null, MONDAY_10AM, TicketFixture.REOPEN_WINDOW))
                .isInstanceOfSatisfying(
                        InvalidTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo("merged"));
        assertThatThrownBy(() -> duplicate.agentReplied(MONDAY_10AM)).isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void ticketCannotBeMergedIntoItselfNorIntoAResolvedOne() {
        TicketState ticket = mariasComplaint(TicketStatus.OPEN);
        assertThatThrownBy(() -> ticket.mergeInto(ticket, MONDAY_10AM)).isInstanceOf(InvalidInputException.class);

        assertThatThrownBy(() -> petarsDuplicate().mergeInto(mariasComplaint(TicketStatus.RESOLVED), MONDAY_10AM))
                .isInstanceOf(InvalidTransitionException.class);
    }

    @Test
    void escalationIsRecordedOnceWithItsReason() {
        TicketState ticket = mariasComplaint(TicketStatus.OPEN);

        ticket.escalate("Customer threatens to go to the regulator", MONDAY_10AM);

        assertThat(ticket.escalated).isTrue();
        assertThat(ticket.escalatedAt).isEqualTo(MONDAY_10AM);
        assertThat(ticket.changes).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("ESCALATED");
            assertThat(c.data()).containsEntry("reason", "Customer threatens to go to the regulator");
        });
        assertThatThrownBy(() -> ticket.escalate("again", MONDAY_10AM))
                .isInstanceOfSatisfying(
                        InvalidTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo("already_escalated"));
    }

    @Test
    void resolvedTicketIsNotEscalated() {
        assertThatThrownBy(() -> mariasComplaint(TicketStatus.RESOLVED).escalate("late", MONDAY_10AM))
                .isInstanceOfSatisfying(
                        InvalidTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo("not_active"));
    }
}
