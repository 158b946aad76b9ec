package org.helpdesk.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneId;
import org.helpdesk.audit.AuditFilter;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");

    @Test
    void datesAreWholeDaysInTheOrganisationsTimeZoneWithTheToDayIncluded() {
        AuditFilter filter = new AuditQuery(null, null, null, null, "2025-03-01", "2025-03-01").toFilter(SOFIA);

        assertThat(filter.from()).isEqualTo(Instant.parse("2025-02-28T22:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2025-03-01T22:00:00Z"));
    }

    @Test
    void instantsAreTakenExactly() {
        AuditFilter filter = new AuditQuery(null, null, null, null, "2025-03-01T09:30:00Z", "2025-03-01T12:00:00+02:00")
                .toFilter(SOFIA);

        assertThat(filter.from()).isEqualTo(Instant.parse("2025-03-01T09:30:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void blankFiltersMeanEverythingAndActionAndTypeIgnoreCase() {
        AuditFilter filter = new AuditQuery(" ", "ticket_created", "Ticket", "", "", null).toFilter(SOFIA);

        assertThat(filter).isEqualTo(new AuditFilter(null, "TICKET_CREATED", "ticket", null, null, null));
    }

    @Test
    void everyBadFilterIsNamed() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new AuditQuery("x".repeat(201), "DROP TABLE", "a b", null, "yesterday", "2025-13-45")
                        .toFilter(SOFIA));

        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("from", "to", "actor", "action", "targetType");
    }

    @Test
    void rangeMustNotRunBackwards() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new AuditQuery(null, null, null, null, "2025-03-02", "2025-03-01").toFilter(SOFIA));

        assertThat(e.violations()).extracting(FieldViolation::code).containsExactly("out_of_range");
    }
}
