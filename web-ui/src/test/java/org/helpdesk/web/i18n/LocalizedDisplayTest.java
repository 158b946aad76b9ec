package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

/** Dates and numbers read the way the reader's language writes them, in the reader's time zone. */
class LocalizedDisplayTest {

    private static final Instant EVENING_IN_UTC = Instant.parse("2026-03-01T22:30:00Z");

    private final DateDisplay dates = new DateDisplay("Europe/Sofia");
    private final NumberDisplay figures = new NumberDisplay();

    @AfterEach
    void forgetTheReader() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anInstantIsShownInTheOrganisationsZoneInTheReadersLanguage() {
        reader("en", null);
        String english = dates.format(EVENING_IN_UTC);
        reader("ru", null);
        String russian = dates.format(EVENING_IN_UTC);
        reader("bg", null);
        String bulgarian = dates.format(EVENING_IN_UTC);

        // 22:30 UTC is already the next day in Sofia (UTC+2)
        assertThat(english).matches("Mar 2, 2026, 12:30[ \u202f]AM"); // newer JDKs put a narrow space before AM
        assertThat(russian).isEqualTo("2 мар. 2026 г., 00:30");
        assertThat(bulgarian).isEqualTo("2.03.2026 г., 0:30 ч.");
    }

    @Test
    void theReadersOwnZoneWinsOverTheOrganisations() {
        reader("ru", TimeZone.getTimeZone("Asia/Vladivostok"));

        assertThat(dates.format(EVENING_IN_UTC)).isEqualTo("2 мар. 2026 г., 08:30");
        assertThat(dates.zone()).isEqualTo("Asia/Vladivostok");
    }

    @Test
    void aDayIsWrittenTheReadersWay() {
        LocalDate day = LocalDate.of(2026, 12, 25);

        reader("en", null);
        assertThat(dates.date(day)).isEqualTo("Dec 25, 2026");
        reader("ru", null);
        assertThat(dates.date(day)).isEqualTo("25 дек. 2026 г.");
        reader("bg", null);
        assertThat(dates.date(day)).isEqualTo("25.12.2026 г.");
    }

    @Test
    void numbersUseTheReadersSeparators() {
        reader("en", null);
        assertThat(figures.count(1234567)).isEqualTo("1,234,567");
        assertThat(figures.figure(new BigDecimal("1234.50"))).isEqualTo("1234.50");
        assertThat(figures.reported("+2.5")).isEqualTo("+2.5");
        assertThat(figures.percent(45)).isEqualTo("45%");

        reader("ru", null);
        assertThat(figures.count(1234567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(figures.figure(new BigDecimal("1234.50"))).isEqualTo("1234,50");
        assertThat(figures.reported("+2.5")).isEqualTo("+2,5");
        assertThat(figures.percent(45)).isEqualTo("45\u00a0%");

        reader("bg", null);
        assertThat(figures.count(1234567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(figures.figure(new BigDecimal("1234.50"))).isEqualTo("1234,50");
        assertThat(figures.percent(45)).isEqualTo("45%");
    }

    @Test
    void whatIsNotANumberIsShownAsItIs() {
        reader("ru", null);

        assertThat(figures.reported("—")).isEqualTo("—");
        assertThat(figures.reported(null)).isEqualTo("—");
        assertThat(figures.figure(null)).isEqualTo("—");
    }

    private static void reader(String language, TimeZone zone) {
        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(Locale.forLanguageTag(language), zone));
    }
}
