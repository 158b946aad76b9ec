package org.helpdesk.ticketimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.junit.jupiter.api.Test;

class TicketRowReaderTest {

    static final List<String> CFPB_COLUMNS = List.of(
            "complaint_id",
            "date_received",
            "product",
            "issue",
            "submitted_via",
            "company_response",
            "timely_response",
            "narrative");

    static final TicketImportMapping CFPB = new TicketImportMapping(
            "complaint_id",
            "date_received",
            null,
            "issue",
            "narrative",
            null,
            null,
            null,
            "product",
            "issue",
            "submitted_via",
            "company_response",
            null,
            "timely_response",
            null,
            null);

    final TicketRowReader reader =
            new TicketRowReader(CFPB, ZoneId.of("Europe/Sofia"), Instant.parse("2026-01-01T00:00:00Z"));

    static ImportRow row(int line, String... values) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            byColumn.put(CFPB_COLUMNS.get(i), values[i]);
        }
        return new ImportRow(line, byColumn, null);
    }

    @Test
    void aCfpbComplaintBecomesAResolvedComplaintWithItsOnTimeOutcome() {
        TicketImportRow read = reader.read(row(
                2,
                "1290580",
                "2015-03-19",
                "Debt collection",
                "Cont'd attempts collect debt not owed",
                "Web",
                "Closed with explanation",
                "Yes",
                ""));

        assertThat(read.problem()).isNull();
        assertThat(read.key()).isEqualTo("id:1290580");
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2015-03-18T22:00:00Z"));
        assertThat(read.type()).isEqualTo(TicketType.COMPLAINT);
        assertThat(read.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(read.resolvedAt()).as("the file does not say when").isNull();
        assertThat(read.respondedOnTime()).isTrue();
        assertThat(read.product()).isEqualTo("Debt collection");
        assertThat(read.category()).isEqualTo("Cont'd attempts collect debt not owed");
        assertThat(read.subject()).isEqualTo("Cont'd attempts collect debt not owed");
        assertThat(read.description()).isEmpty();
        assertThat(read.channel()).isEqualTo(Channel.WEB);
        assertThat(read.original()).containsEntry("company_response", "Closed with explanation");
    }

    @Test
    void companyResponsesMapOntoOpenOrResolved() {
        assertThat(TicketRowReader.status("Closed with monetary relief")).isEqualTo(TicketStatus.RESOLVED);
        assertThat(TicketRowReader.status("Closed")).isEqualTo(TicketStatus.RESOLVED);
        assertThat(TicketRowReader.status("resolved")).isEqualTo(TicketStatus.RESOLVED);
        assertThat(TicketRowReader.status("In progress")).isEqualTo(TicketStatus.OPEN);
        assertThat(TicketRowReader.status("Untimely response")).isEqualTo(TicketStatus.OPEN);
        assertThat(TicketRowReader.status("Sent to regulator")).isNull();
    }

    @Test
    void anUntimelyAnswerIsABreachAndChannelsTheDeskLacksFallBackToTheDefault() {
        TicketImportRow read = reader.read(
                row(3, "7", "2015-03-19", "Mortgage", "Loan servicing", "Postal mail", "In progress", "No", "Text"));

        assertThat(read.problem()).isNull();
        assertThat(read.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(read.respondedOnTime()).isFalse();
        assertThat(read.channel()).isEqualTo(Channel.WEB);
        assertThat(reader.read(row(4, "8", "2015-03-19", "M", "I", "Phone", "Closed", "Yes", ""))
                        .channel())
                .isEqualTo(Channel.PHONE);
    }

    @Test
    void badRowsAreRejectedWithTheReason() {
        assertThat(reader.read(row(2, "1", "someday", "P", "I", "", "Closed", "Yes", ""))
                        .problem())
                .contains("date opened", "not understood");
        assertThat(reader.read(row(2, "1", "", "P", "I", "", "Closed", "Yes", ""))
                        .problem())
                .contains("missing");
        assertThat(reader.read(row(2, "1", "2030-01-01", "P", "I", "", "Closed", "Yes", ""))
                        .problem())
                .contains("in the future");
        assertThat(reader.read(row(2, "1", "2015-03-19", "P", "I", "", "Sent to regulator", "Yes", ""))
                        .problem())
                .contains("status \"Sent to regulator\" is not understood");
        assertThat(reader.read(row(2, "1", "2015-03-19", "P", "I", "", "Closed", "maybe", ""))
                        .problem())
                .contains("neither yes nor no");
        assertThat(reader.read(row(2, "1", "2015-03-19", "", "", "", "Closed", "Yes", ""))
                        .problem())
                .contains("nothing says what it is about");
        assertThat(reader.read(row(2, "1", "2015-03-19", "x".repeat(101), "I", "", "Closed", "Yes", ""))
                        .problem())
                .contains("product is longer than 100");
        assertThat(reader.read(new ImportRow(9, Map.of(), "has 3 fields where the header has 8"))
                        .problem())
                .contains("3 fields");
    }

    @Test
    void aRowWithoutIssueOrNarrativeIsNamedByItsProduct() {
        TicketImportRow read = reader.read(row(2, "1", "2015-03-19", "Mortgage", "", "", "Closed", "Yes", ""));

        assertThat(read.problem()).isNull();
        assertThat(read.subject()).isEqualTo("Mortgage");
        assertThat(read.category()).isNull();
    }

    @Test
    void withoutAnExternalIdTheSameValuesMakeTheSameKey() {
        TicketImportMapping noId = new TicketImportMapping(
                null,
                "date_received",
                null,
                "issue",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "QUESTION",
                "EMAIL");
        TicketRowReader reader = new TicketRowReader(noId, ZoneId.of("UTC"), Instant.parse("2026-01-01T00:00:00Z"));

        TicketImportRow first = reader.read(row(2, "1", "2015-03-19", "P", "Late card"));
        TicketImportRow again = reader.read(row(40, "1", "2015-03-19", "P", "Late card"));
        TicketImportRow other = reader.read(row(41, "1", "2015-03-19", "P", "Lost card"));

        assertThat(first.key()).startsWith("row:").isEqualTo(again.key()).isNotEqualTo(other.key());
        assertThat(first.type()).isEqualTo(TicketType.QUESTION);
        assertThat(first.channel()).isEqualTo(Channel.EMAIL);
        assertThat(first.status()).as("no status, no resolution date: open").isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void aMappingNeedsTheOpeningDateATextAndColumnsTheFileHas() {
        TicketImportMapping empty = new TicketImportMapping(
                null, null, null, null, null, null, null, null, "nope", null, null, null, null, null, "RANT", "FAX");

        assertThatThrownBy(() -> empty.validate(CFPB_COLUMNS))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.code())
                                .containsExactlyInAnyOrder(
                                        "created:required",
                                        "subject:required",
                                        "defaultType:unknown_value",
                                        "defaultChannel:unknown_value",
                                        "product:unknown_column"));
        CFPB.validate(CFPB_COLUMNS);
    }

    @Test
    void customersWithoutAnAddressGetPlaceholdersThatNeverMeet() {
        assertThat(ImportedCustomers.placeholderEmail(null)).isEqualTo("unknown-customer@imported.invalid");
        assertThat(ImportedCustomers.placeholderEmail("C-17")).isEqualTo("customer-c-17@imported.invalid");
        assertThat(ImportedCustomers.placeholderEmail("a b")).isNotEqualTo(ImportedCustomers.placeholderEmail("a/b"));
    }
}
