package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.helpdesk.web.it.RoleMatrix.Caller;
import org.junit.jupiter.api.Test;

class RoleMatrixTest {

    @Test
    void eachLineNamesWhoMayCallAndWhetherTheEndpointActsOnEverything() {
        RoleMatrix matrix = RoleMatrix.parse(List.of(
                "# comment",
                "",
                "GET  /api/v1/audit            -  -  +  +  -",
                "POST /api/v1/tickets/take-next +  -  -  +  -  acts"));

        RoleMatrix.Rule audit = matrix.ruleFor("GET", "/api/v1/audit").orElseThrow();
        RoleMatrix.Rule takeNext =
                matrix.ruleFor("POST", "/api/v1/tickets/take-next").orElseThrow();

        assertThat(audit.allowed()).containsExactlyInAnyOrder(Caller.AUDITOR, Caller.ADMIN);
        assertThat(audit.acts()).isFalse();
        assertThat(takeNext.allowed()).containsExactlyInAnyOrder(Caller.AGENT, Caller.ADMIN);
        assertThat(takeNext.acts()).isTrue();
        assertThat(matrix.ruleFor("POST", "/api/v1/audit")).isEmpty();
        assertThat(matrix.unused(Set.of("GET /api/v1/audit"))).containsExactly("POST /api/v1/tickets/take-next");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> RoleMatrix.parse(List.of("GET /x + + + +"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> RoleMatrix.parse(List.of("GET /x + + y + -"))).hasMessageContaining("flag 'y'");
        assertThatThrownBy(() -> RoleMatrix.parse(List.of("GET /x + + + + - maybe")))
                .hasMessageContaining("unknown note");
        assertThatThrownBy(() -> RoleMatrix.parse(List.of("GET /x + + + + -", "GET /x - - - + -")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("twice");
    }

    @Test
    void theMatrixOfTheAppLoads() {
        assertThat(RoleMatrix.load().ruleFor("GET", "/api/v1/tickets/{reference}"))
                .isPresent();
    }
}
