package org.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every figure leads to exactly the tickets behind it: as many as its base, or as its matching part. */
class DrillDownTest extends ReportTestSupport {

    @Test
    void drillDownListsExactlyTheTicketsBehindARatio() {
        long fcr = desk.ticket("2025-03-02T08:00:00Z")
                .firstResponse("2025-03-02T09:00:00Z")
                .resolved("2025-03-02T10:00:00Z")
                .save();
        long twice = desk.ticket("2025-03-03T08:00:00Z")
                .replies(3)
                .reopened(2)
                .resolved("2025-03-20T10:00:00Z")
                .save();
        long silent = desk.ticket("2025-03-04T08:00:00Z")
                .resolved("2025-03-04T10:00:00Z")
                .save();
        desk.ticket("2025-02-04T08:00:00Z").resolved("2025-02-04T10:00:00Z").save();

        ReportQuery query = ReportQuery.of(MARCH);
        Figure figure = result(run(query), Kpi.FIRST_CONTACT_RESOLUTION).current();

        DrillPage all = drill(query, Kpi.FIRST_CONTACT_RESOLUTION, DrillRequest.Part.ALL);
        DrillPage matching = drill(query, Kpi.FIRST_CONTACT_RESOLUTION, DrillRequest.Part.MATCHING);
        assertThat(all.total()).isEqualTo(figure.base());
        assertThat(numbers(all)).containsExactly(fcr, twice, silent);
        assertThat(matching.total()).isEqualTo(figure.matching());
        assertThat(numbers(matching)).containsExactly(fcr);
        assertThat(all.items())
                .filteredOn(DrillRow::matching)
                .extracting(DrillRow::reference)
                .containsExactly("HD-" + fcr);
        DrillPage previous = reports()
                .drill(new DrillRequest(
                        query, Kpi.FIRST_CONTACT_RESOLUTION, true, null, null, DrillRequest.Part.ALL, 0, 10));
        assertThat(previous.total()).isEqualTo(1);
    }

    @Test
    void drillDownByGroupTrendStepAndPage() {
        UUID cards = desk.product("Cards");
        long c1 = desk.ticket("2025-03-02T10:00:00Z")
                .type("COMPLAINT")
                .product(cards)
                .save();
        long c2 = desk.ticket("2025-03-03T10:00:00Z")
                .type("COMPLAINT")
                .product(cards)
                .save();
        desk.ticket("2025-03-03T11:00:00Z").product(cards).save();
        long none = desk.ticket("2025-03-03T12:00:00Z").type("COMPLAINT").save();

        ReportQuery query = ReportQuery.of(MARCH).by(Dimension.PRODUCT);
        DrillPage cardComplaints = reports()
                .drill(new DrillRequest(
                        query, Kpi.COMPLAINTS, false, null, cards.toString(), DrillRequest.Part.MATCHING, 0, 10));
        DrillPage withoutProduct = reports()
                .drill(new DrillRequest(
                        query, Kpi.COMPLAINTS, false, null, DrillRequest.NO_GROUP, DrillRequest.Part.ALL, 0, 10));
        DrillPage thirdOfMarch = reports()
                .drill(new DrillRequest(
                        query,
                        Kpi.CREATED_TICKETS,
                        false,
                        LocalDate.of(2025, 3, 3),
                        null,
                        DrillRequest.Part.ALL,
                        0,
                        10));
        DrillPage secondPage = reports()
                .drill(new DrillRequest(query, Kpi.CREATED_TICKETS, false, null, null, DrillRequest.Part.ALL, 1, 3));

        assertThat(numbers(cardComplaints)).containsExactly(c1, c2);
        assertThat(numbers(withoutProduct)).containsExactly(none);
        assertThat(thirdOfMarch.total()).isEqualTo(3);
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(secondPage.pageCount()).isEqualTo(2);
        assertThat(secondPage.items()).hasSize(1);
    }

    @Test
    void durationDrillDownShowsEachTicketsHoursLongestFirst() {
        desk.ticket("2025-03-10T08:00:00Z").resolved("2025-03-10T18:00:00Z").save();
        long slow = desk.ticket("2025-03-11T08:00:00Z")
                .resolved("2025-03-13T08:00:00Z")
                .pendingSeconds(3600)
                .save();

        DrillPage page = drill(ReportQuery.of(MARCH), Kpi.RESOLUTION_TIME, DrillRequest.Part.ALL);
        DrillPage within = drill(ReportQuery.of(MARCH), Kpi.RESOLUTION_TIME, DrillRequest.Part.MATCHING);

        assertThat(page.items()).extracting(DrillRow::number).first().isEqualTo(slow);
        assertThat(page.items()).extracting(r -> r.value().toPlainString()).containsExactly("47.00", "10.00");
        assertThat(within.total()).isEqualTo(1);
    }

    @Test
    void aGroupNeedsABreakdown() {
        assertThatThrownBy(() -> new DrillRequest(
                        ReportQuery.of(MARCH), Kpi.COMPLAINTS, false, null, "x", DrillRequest.Part.ALL, 0, 10))
                .isInstanceOf(InvalidInputException.class);
    }
}
