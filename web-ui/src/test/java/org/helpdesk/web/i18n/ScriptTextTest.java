package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The app's own scripts never carry UI sentences: what they show comes from the page (data- attributes rendered
 * from the message bundles), so it is in the reader's language. A string literal that reads like words fails.
 */
class ScriptTextTest {

    /** Several words with a capital, a sentence's end, or non-Latin letters; CSS selectors and event names are not. */
    private static final Pattern WORDS = Pattern.compile(
            "\\p{Lu}\\p{Ll}+\\s+\\p{L}|\\p{L}{2,}\\s+\\p{L}{2,}.*[.!?:]\\s*$|[\\p{L}&&[^\\p{IsLatin}]]");

    @Test
    void scriptsHoldNoUiSentences() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:static/js/**/*.js");
        assertThat(scripts).as("scripts").isNotEmpty();
        List<String> sentences = new ArrayList<>();
        for (Resource script : scripts) {
            try (InputStream in = script.getInputStream()) {
                for (String literal : stringLiterals(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    if (WORDS.matcher(literal).find()) {
                        sentences.add(script.getFilename() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(sentences)
                .as("texts in scripts; render them into data- attributes with #{...}")
                .isEmpty();
    }

    @Test
    void aSentenceInAScriptIsFound() {
        List<String> literals = stringLiterals("// Shows 'Nothing here'\nalert('Are you sure?'); x = \"a b\";");

        assertThat(literals).containsExactly("Are you sure?", "a b");
        assertThat(literals.stream().filter(l -> WORDS.matcher(l).find())).containsExactly("Are you sure?");
    }

    /** String and template literals outside comments (the app's scripts use no regular-expression literals). */
    static List<String> stringLiterals(String script) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (script.startsWith("//", i)) {
                i = end(script.indexOf('\n', i), script);
            } else if (script.startsWith("/*", i)) {
                i = end(script.indexOf("*/", i), script) + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int close = i + 1;
                while (close < script.length() && script.charAt(close) != c) {
                    close += script.charAt(close) == '\\' ? 2 : 1;
                }
                literals.add(script.substring(i + 1, Math.min(close, script.length())));
                i = close + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(int found, String script) {
        return found < 0 ? script.length() : found;
    }
}
