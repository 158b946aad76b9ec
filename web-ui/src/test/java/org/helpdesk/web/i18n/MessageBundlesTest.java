package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in English, Russian and Bulgarian: the bundles never drift apart. */
class MessageBundlesTest {

    /**
     * Names and abbreviations Russian and Bulgarian texts write in Latin letters too: the product, the KPIs, file
     * formats, protocols and "E-mail" (as Russian interfaces say it).
     */
    private static final Pattern SAME_IN_EVERY_LANGUAGE = Pattern.compile(
            "\\b(Helpdesk|SLA|CSAT|NPS|CES|CSV|XLSX|Excel|PDF|JSON|API|SSL|TLS|STARTTLS|IMAP|SMTP|E-mail|HD)\\b");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "bg"})
    void translationHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> translated = keys("messages_" + language + ".properties");

        assertThat(translated).as("keys in messages_%s.properties", language).isEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "bg"})
    void translationCopiesNoEnglishText(String language) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");

        List<String> copied = english.stringPropertyNames().stream()
                .sorted()
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> hasEnglishWords(english.getProperty(key)))
                .map(key -> key + "=" + english.getProperty(key))
                .toList();

        assertThat(copied)
                .as("English texts copied into messages_%s.properties", language)
                .isEmpty();
    }

    @Test
    void onlyNamesAndAbbreviationsReadTheSameInEveryLanguage() {
        assertThat(hasEnglishWords("CSAT")).isFalse();
        assertThat(hasEnglishWords("NPS 0–10")).isFalse();
        assertThat(hasEnglishWords("Excel (XLSX)")).isFalse();
        assertThat(hasEnglishWords("{0} min")).isTrue();
        assertThat(hasEnglishWords("Export to CSV")).isTrue();
    }

    /** Whether a text still has Latin words once the terms every language writes the same way are taken out. */
    private static boolean hasEnglishWords(String text) {
        return LATIN_WORD
                .matcher(SAME_IN_EVERY_LANGUAGE.matcher(text).replaceAll(""))
                .find();
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
