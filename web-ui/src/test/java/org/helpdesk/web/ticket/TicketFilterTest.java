package org.helpdesk.web.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketFilterTest {

    @Test
    void linksKeepTheFiltersAndChangeOnlyWhatIsAsked() {
        TicketFilter filter = new TicketFilter();
        filter.setPriority("HIGH");
        filter.setTag("кофе");
        filter.setStatus(" ");

        assertThat(filter.link("BREACHING", "DUE", "asc", 2))
                .isEqualTo(
                        "/tickets?view=BREACHING&priority=HIGH&tag=%D0%BA%D0%BE%D1%84%D0%B5&sort=DUE&order=asc&page=2");
        assertThat(filter.link("MINE", null, null, 0))
                .isEqualTo("/tickets?view=MINE&priority=HIGH&tag=%D0%BA%D0%BE%D1%84%D0%B5");
    }

    @Test
    void clickingTheSortedColumnAgainReversesTheOrder() {
        TicketFilter filter = new TicketFilter();
        filter.setSort("DUE");
        filter.setOrder("asc");

        assertThat(filter.nextOrder("DUE")).isEqualTo("desc");
        assertThat(filter.nextOrder("CREATED")).isEqualTo("asc");
    }
}
