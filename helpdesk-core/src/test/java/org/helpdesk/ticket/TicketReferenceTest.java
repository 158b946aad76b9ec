package org.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketReferenceTest {

    @Test
    void formatsAndParsesReferences() {
        assertThat(TicketReference.format(1001)).isEqualTo("HD-1001");
        assertThat(TicketReference.parse("HD-1001")).hasValue(1001);
        assertThat(TicketReference.parse("hd-7")).hasValue(7);
        assertThat(TicketReference.parse(" 1234 ")).hasValue(1234);
    }

    @Test
    void rejectsAnythingElse() {
        assertThat(TicketReference.parse("HD-")).isEmpty();
        assertThat(TicketReference.parse("../etc/passwd")).isEmpty();
        assertThat(TicketReference.parse("99999999999999999999")).isEmpty();
        assertThat(TicketReference.parse("")).isEmpty();
    }
}
