package org.helpdesk.web.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.helpdesk.web.i18n.TestMessages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class SlaCountdownTest {

    private final ResourceBundleMessageSource messages = TestMessages.source();

    @Test
    void countdownIsShortAndReadableInEnglish() {
        assertThat(SlaCountdown.format(Duration.ofMinutes(7), messages, Locale.ENGLISH))
                .isEqualTo("7m");
        assertThat(SlaCountdown.format(Duration.ofMinutes(125), messages, Locale.ENGLISH))
                .isEqualTo("2h 05m");
        assertThat(SlaCountdown.format(Duration.ofHours(50), messages, Locale.ENGLISH))
                .isEqualTo("2d 2h");
    }

    @Test
    void countdownSpeaksTheReadersLanguage() {
        Locale russian = Locale.forLanguageTag("ru");
        Locale bulgarian = Locale.forLanguageTag("bg");

        assertThat(SlaCountdown.format(Duration.ofMinutes(7), messages, russian))
                .isEqualTo("7 мин");
        assertThat(SlaCountdown.format(Duration.ofMinutes(125), messages, russian))
                .isEqualTo("2 ч 05 мин");
        assertThat(SlaCountdown.format(Duration.ofHours(50), messages, russian)).isEqualTo("2 дн. 2 ч");
        assertThat(SlaCountdown.format(Duration.ofMinutes(125), messages, bulgarian))
                .isEqualTo("2 ч. 05 мин.");
        assertThat(SlaCountdown.format(Duration.ofHours(50), messages, bulgarian))
                .isEqualTo("2 д. 2 ч.");
    }
}
