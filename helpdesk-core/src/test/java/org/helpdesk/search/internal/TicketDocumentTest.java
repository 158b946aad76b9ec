package org.helpdesk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.Assignment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Classification;
import org.helpdesk.ticket.Links;
import org.helpdesk.ticket.NamedRef;
import org.helpdesk.ticket.Priority;
import org.helpdesk.ticket.Progress;
import org.helpdesk.ticket.SlaState;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketStatus;
import org.helpdesk.ticket.TicketType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TicketDocumentTest {

    private static final Instant MONDAY = Instant.parse("2026-03-09T10:00:00Z");

    @Test
    void aRussianTicketsTextsGoOnlyIntoTheRussianFieldsAndTheNeutralOnes() {
        TicketDocument doc = TicketDocument.of(ticket("ru"), List.of("Где посылка?"), CustomerVoice.NONE);

        assertThat(doc.ru())
                .isEqualTo(new TicketDocument.LanguageText(
                        "Посылка не пришла", "Жду доставку две недели", List.of("Где посылка?")));
        assertThat(doc.bg()).isNull();
        assertThat(doc.en()).isNull();
        assertThat(doc.subject()).isEqualTo("Посылка не пришла");
        assertThat(doc.messages()).containsExactly("Где посылка?");
    }

    @Test
    void theLanguageIsTheTicketsOwnElseTheOneDetectedInTheCustomersRequest() {
        CustomerVoice detectedBulgarian = new CustomerVoice(0, "bg", null, List.of());

        assertThat(TicketDocument.of(ticket(null), List.of(), detectedBulgarian).bg())
                .isNotNull();
        assertThat(TicketDocument.of(ticket("en"), List.of(), detectedBulgarian).en())
                .as("the ticket's own language wins")
                .isNotNull();
        assertThat(TicketDocument.textLanguage("RU", null)).isEqualTo("ru");
    }

    @Test
    void aTicketInALanguageWithoutStemmerIsAnalysedNeutrallyOnly() {
        for (String language : new String[] {"de", null}) {
            TicketDocument doc = TicketDocument.of(ticket(language), List.of(), CustomerVoice.NONE);

            assertThat(doc.ru()).as(language).isNull();
            assertThat(doc.bg()).as(language).isNull();
            assertThat(doc.en()).as(language).isNull();
        }
        assertThat(TicketDocument.textLanguage("de", "ru"))
                .as("a known language without stemmer is not replaced by a guess")
                .isNull();
    }

    @Test
    void sentimentAndThemesComeFromTheCustomersVoiceAndRaiseTheVersion() {
        CustomerVoice voice = new CustomerVoice(3, "ru", "negative", List.of("delivery", "refunds"));

        TicketDocument doc = TicketDocument.of(ticket("ru"), List.of(), voice);

        assertThat(doc.sentiment()).isEqualTo("negative");
        assertThat(doc.themes()).containsExactly("delivery", "refunds");
        assertThat(voice.documentVersion(7)).isEqualTo(10);
        assertThat(TicketDocument.of(ticket("ru"), List.of(), CustomerVoice.NONE)
                        .sentiment())
                .isNull();
    }

    private static Ticket ticket(@Nullable String language) {
        return new Ticket(
                TicketId.random(),
                1001,
                "Посылка не пришла",
                "Жду доставку две недели",
                new CustomerId(UUID.randomUUID()),
                "maria@example.com",
                Priority.NORMAL,
                TicketStatus.OPEN,
                "anna.agent",
                MONDAY,
                MONDAY,
                7,
                "Maria Ivanova",
                new Classification(Channel.EMAIL, TicketType.COMPLAINT, null, null, language, List.of()),
                new Assignment(null, null),
                null,
                new SlaState(
                        new NamedRef(UUID.randomUUID(), "Normal"),
                        MONDAY.plus(Duration.ofHours(4)),
                        MONDAY.plus(Duration.ofHours(24)),
                        MONDAY.plus(Duration.ofHours(4)),
                        false,
                        false,
                        null,
                        Duration.ZERO),
                new Progress(null, null, null, 0, 0, false, null),
                Links.NONE,
                "anna.agent");
    }
}
