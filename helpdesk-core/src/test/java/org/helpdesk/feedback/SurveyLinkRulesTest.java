package org.helpdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.TicketId;
import org.junit.jupiter.api.Test;

class SurveyLinkRulesTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(14);

    @Test
    void aFreshTokenIsUrlSafeAndOnlyItsHashIsKept() {
        SurveyToken token = SurveyToken.random();
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(token.hash()).hasSize(64).doesNotContain(token.value());
        assertThat(SurveyToken.parse(token.value()).orElseThrow().hash()).isEqualTo(token.hash());
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void twoTokensNeverShareAHash() {
        assertThat(SurveyToken.random().hash())
                .isNotEqualTo(SurveyToken.random().hash());
    }

    @Test
    void aTamperedTokenNoLongerMatchesTheStoredHash() {
        SurveyToken token = SurveyToken.random();
        String value = token.value();
        String tampered = (value.charAt(0) == 'A' ? 'B' : 'A') + value.substring(1);
        assertThat(SurveyToken.parse(tampered).orElseThrow().hash()).isNotEqualTo(token.hash());
    }

    @Test
    void somethingThatCannotBeATokenIsRejectedBeforeAnyLookup() {
        assertThat(SurveyToken.parse("")).isEmpty();
        assertThat(SurveyToken.parse("short")).isEmpty();
        assertThat(SurveyToken.parse("../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaaaaa"))
                .isEmpty();
        assertThat(SurveyToken.parse(SurveyToken.random().value() + "x")).isEmpty();
    }

    @Test
    void anInvitationIsOpenUntilItExpires() {
        SurveyInvitation invitation = invitation(null);
        assertThat(invitation.state(at(SENT.plus(Duration.ofDays(13))).instant()))
                .isEqualTo(SurveyInvitation.State.OPEN);
        assertThat(invitation.state(at(SENT.plus(VALIDITY)).instant())).isEqualTo(SurveyInvitation.State.EXPIRED);
        assertThat(invitation.state(at(SENT.plus(Duration.ofDays(30))).instant()))
                .isEqualTo(SurveyInvitation.State.EXPIRED);
    }

    @Test
    void anAnsweredInvitationTakesNoSecondAnswerEvenBeforeItExpires() {
        SurveyInvitation invitation = invitation(SENT.plus(Duration.ofHours(1)));
        assertThat(invitation.state(at(SENT.plus(Duration.ofHours(2))).instant()))
                .isEqualTo(SurveyInvitation.State.ANSWERED);
    }

    private static SurveyInvitation invitation(Instant answeredAt) {
        return new SurveyInvitation(
                UUID.randomUUID(),
                TicketId.random(),
                42,
                CustomerId.random(),
                SurveyKind.CSAT,
                "ru",
                SENT,
                SENT.plus(VALIDITY),
                answeredAt);
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
