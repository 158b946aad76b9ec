package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page text exists in English, Russian and Bulgarian: the bundles never drift apart. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "bg"})
    void translationHasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> translated = keys("messages_" + language + ".properties");

        assertThat(translated).as("keys in messages_%s.properties", language).isEqualTo(english);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
