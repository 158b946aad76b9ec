package org.helpdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketFilterTest {

    @Test
    void valuesAreNormalisedToWhatTheIndexHolds() {
        UUID product = UUID.randomUUID();
        TicketFilter filter = new TicketFilter(
                null,
                null,
                Map.of(
                        Facet.STATUS, Set.of("open"),
                        Facet.CHANNEL, Set.of("in-person"),
                        Facet.PRODUCT, Set.of(product.toString().toUpperCase()),
                        Facet.ESCALATED, Set.of("TRUE"),
                        Facet.LANGUAGE, Set.of("RU")));

        assertThat(filter.values(Facet.STATUS)).containsExactly("OPEN");
        assertThat(filter.values(Facet.CHANNEL)).containsExactly("IN_PERSON");
        assertThat(filter.values(Facet.PRODUCT)).containsExactly(product.toString());
        assertThat(filter.values(Facet.ESCALATED)).containsExactly("true");
        assertThat(filter.values(Facet.LANGUAGE)).containsExactly("ru");
    }

    @Test
    void unknownValuesAreInvalidInputNamingTheParameter() {
        assertThatThrownBy(() -> new TicketFilter(null, null, Map.of(Facet.STATUS, Set.of("SLEEPING"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo("status"));
        assertThatThrownBy(() -> new TicketFilter(null, null, Map.of(Facet.TEAM, Set.of("not-a-uuid"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TicketFilter(null, null, Map.of(Facet.REOPENED, Set.of("maybe"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TicketFilter(null, null, Map.of(Facet.ASSIGNEE, Set.of("a b\"c"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooManyValuesAreRefused() {
        Set<String> many = IntStream.range(0, 51).mapToObj(i -> "user" + i).collect(Collectors.toSet());

        assertThatThrownBy(() -> new TicketFilter(null, null, Map.of(Facet.ASSIGNEE, many)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void dateRangeMustNotEndBeforeItStarts() {
        Instant day = Instant.parse("2026-03-01T00:00:00Z");

        assertThatThrownBy(() -> new TicketFilter(day, day.minusSeconds(1), Map.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void facetsAreFoundByTheirParameterName() {
        for (Facet facet : Facet.values()) {
            assertThat(Facet.byParam(facet.param())).contains(facet);
        }
        assertThat(Facet.byParam("mood")).isEmpty();
    }

    @Test
    void facetFilterLeavesOutTheFacetsOwnChoice() {
        TicketFilter filter =
                new TicketFilter(null, null, Map.of(Facet.STATUS, Set.of("OPEN"), Facet.PRIORITY, Set.of("HIGH")));

        var withoutStatus = FacetQueries.facetFilter(filter, Facet.STATUS);

        assertThat(withoutStatus.bool().filter()).hasSize(1);
        assertThat(withoutStatus.bool().filter().get(0).terms().field()).isEqualTo("priority");
        assertThat(FacetQueries.facetFilter(filter, null).bool().filter()).hasSize(2);
        assertThat(FacetQueries.facetFilter(TicketFilter.NONE, null).isMatchAll())
                .isTrue();
    }
}
