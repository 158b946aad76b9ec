package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read naturally in every language: "1 ticket", "No tickets", "1,234 tickets". */
class CountMessagesTest {

    private final ResourceBundleMessageSource messages = TestMessages.source();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            search.count          | 0    | en | No tickets found
            search.count          | 1    | en | 1 ticket found
            search.count          | 1234 | en | 1,234 tickets found
            queue.count           | 1    | en | 1 ticket
            queue.count           | 2    | en | 2 tickets
            report.drill.count    | 0    | en | No tickets
            audit.count           | 1    | en | 1 entry
            audit.count           | 12   | en | 12 entries
            feedback.search.count | 1    | en | 1 feedback item found
            feedback.search.count | 2    | en | 2 feedback items found
            search.count          | 1    | ru | Найдено обращений: 1
            feedback.search.count | 5    | bg | Намерени отзиви: 5
            """)
    void countsAgreeWithTheirNumber(String key, long count, String language, String expected) {
        assertThat(messages.getMessage(key, new Object[] {count}, Locale.forLanguageTag(language)))
                .isEqualTo(expected);
    }
}
