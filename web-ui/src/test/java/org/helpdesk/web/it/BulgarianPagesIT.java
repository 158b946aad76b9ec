package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Someone who switched the pages to Bulgarian sees no English from our templates and scripts on the main pages:
 * every text of the page is compared with the English texts of the bundle that Bulgarian translates differently.
 */
@HelpdeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulgarianPagesIT {

    /** Runs of letters a leak must have to count: "OK", "EN" or "HD" are no proof of English. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(?=[A-Za-z]*[a-z])[A-Za-z]{2,}\\b");

    /**
     * Every text node of the page (hidden ones too: closed menus, screen-reader only labels, options) and the
     * texts people read in attributes; what is marked as in another language than the page (the language switch)
     * is left out.
     */
    private static final String PAGE_TEXTS = """
            const texts = [];
            const page = document.documentElement.lang;
            const foreign = el => el.closest('[lang]') && el.closest('[lang]').getAttribute('lang') !== page;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const el = walker.currentNode.parentElement;
              if (!el || el.closest('script, style, template') || foreign(el)) continue;
              texts.push(walker.currentNode.nodeValue);
            }
            for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], [alt], input[type=submit], input[type=button]')) {
              if (foreign(el)) continue;
              for (const name of ['placeholder', 'title', 'aria-label', 'alt', 'value']) {
                if (el.hasAttribute(name) && (name !== 'value' || el.type === 'submit' || el.type === 'button')) {
                  texts.push(el.getAttribute(name));
                }
              }
            }
            texts.push(document.title);
            return texts;
            """;

    @LocalServerPort
    int port;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void mainPagesShowNoEnglishTextOnceSwitchedToBulgarian() throws IOException {
        String tag = "bg-" + suffix;
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api.Reply opened = anna.postJson(
                "/api/v1/tickets",
                Map.of(
                        "subject", "Пратката пристигна счупена",
                        "description", "Клиентът иска нова кана до петък. " + tag,
                        "customerEmail", "maria." + suffix + "@example.com",
                        "customerName", "Мария Иванова",
                        "type", "COMPLAINT",
                        "language", "bg",
                        "tags", List.of(tag)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String ref = opened.json().get("reference").asString();
        anna.postJson(
                "/api/v1/tickets/" + ref + "/messages",
                Map.of("body", "Изпращаме нова кана още днес.", "visibility", "PUBLIC"));
        anna.postJson("/api/v1/feedback", Map.of("comment", "Куриерът закъсня с два дни", "language", "bg"));

        List<EnglishText> english = englishOnlyTexts();
        Set<String> dataNames = dataNames(Api.as(port, Personas.ADAM_ADMIN));
        browser.signIn(Personas.ADAM_ADMIN);
        browser.open("/tickets?lang=en&view=ALL&tag=" + tag);
        assertThat(leaks(pageTexts(), english, dataNames))
                .as("the check finds the English of the same page")
                .hasSizeGreaterThan(20);
        browser.find(By.cssSelector("header .langs a[lang=bg]")).click();
        browser.await(
                "the pages in Bulgarian",
                d -> "bg".equals(d.findElement(By.tagName("html")).getAttribute("lang")));

        Map<String, List<String>> leaks = new TreeMap<>();
        for (String page : List.of(
                "/tickets?view=ALL&tag=" + tag,
                "/tickets/" + ref,
                "/tickets/new",
                "/search?q=" + tag,
                "/reports",
                "/feedback/themes?language=bg",
                "/feedback?q=" + tag,
                "/admin",
                "/admin/mail",
                "/account")) {
            browser.open(page);
            List<String> found = leaks(pageTexts(), english, dataNames);
            if (!found.isEmpty()) {
                leaks.put(page, found);
            }
            if (page.startsWith("/tickets?")) {
                browser.screenshot("tickets-bg");
            }
        }
        assertThat(leaks)
                .as("English texts from the bundles on Bulgarian pages (page → text [key]):%n%s", describe(leaks))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> pageTexts() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(PAGE_TEXTS);
    }

    /** The texts that leak: a whole text equal to an English text, or containing an English phrase of two words. */
    private static List<String> leaks(List<String> texts, List<EnglishText> english, Set<String> dataNames) {
        Set<String> found = new LinkedHashSet<>();
        for (String raw : texts) {
            String text = normalise(raw);
            if (text.isEmpty()
                    || dataNames.contains(text)
                    || dataNames.contains(normalise(text.replaceAll("\\([^()]*\\)?$", "")))) {
                continue;
            }
            for (EnglishText piece : english) {
                if (piece.leaksInto(text)) {
                    found.add("«" + text + "» [" + piece.key() + "]");
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** A piece of an English bundle text; a phrase is found inside a longer text too, a single word only alone. */
    record EnglishText(String text, String key, Pattern phrase) {

        static EnglishText of(String text, String key) {
            return new EnglishText(
                    text,
                    key,
                    text.indexOf(' ') > 0
                            ? Pattern.compile("(^|[^\\p{L}])" + Pattern.quote(text) + "($|[^\\p{L}])")
                            : null);
        }

        boolean leaksInto(String pageText) {
            return pageText.equals(text)
                    || (phrase != null && phrase.matcher(pageText).find());
        }
    }

    /**
     * What people named (teams, categories, products, SLA policies and calendars, macros; other tests' English
     * names among them, and the seeded "Normal" policy): data, not our templates' text.
     */
    private static Set<String> dataNames(Api admin) {
        Set<String> names = new HashSet<>();
        for (String list : List.of(
                "/api/v1/teams",
                "/api/v1/categories",
                "/api/v1/products",
                "/api/v1/sla/policies",
                "/api/v1/sla/calendars",
                "/api/v1/macros")) {
            Api.Reply reply = admin.get(list);
            assertThat(reply.status()).as(list + ": " + reply.body()).isEqualTo(200);
            for (JsonNode item : reply.json()) {
                String name = item.path("name").asString("");
                if (!name.isBlank()) {
                    names.add(normalise(name));
                }
            }
        }
        return names;
    }

    /**
     * English texts of the bundle whose Bulgarian differs, cut at their arguments into the pieces a page shows
     * literally; pieces without an English word (numbers, punctuation, acronyms) are left out.
     */
    static List<EnglishText> englishOnlyTexts() throws IOException {
        Properties en = bundle("messages.properties");
        Properties bg = bundle("messages_bg.properties");
        Map<String, String> pieces = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key);
            if (value.equals(bg.getProperty(key))) {
                continue;
            }
            String literal = value.replace("''", "'");
            String previous;
            do {
                previous = literal;
                literal = literal.replaceAll("\\{[^{}]*\\}", "\u0000");
            } while (!literal.equals(previous));
            for (String piece : literal.split("\u0000")) {
                String text = normalise(piece);
                if (ENGLISH_WORD.matcher(text).find()
                        && !bg.getProperty(key, "").contains(text)) {
                    pieces.putIfAbsent(text, key);
                }
            }
        }
        List<EnglishText> texts = new ArrayList<>();
        pieces.forEach((text, key) -> texts.add(EnglishText.of(text, key)));
        return texts;
    }

    /** Single spaces, no punctuation or symbols at either end. */
    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ")
                .replaceAll("^[\\s\\p{Punct}\\p{S}«»…—–·]+|[\\s\\p{Punct}\\p{S}«»…—–·]+$", "")
                .strip();
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BulgarianPagesIT.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String describe(Map<String, List<String>> leaks) {
        StringBuilder out = new StringBuilder();
        leaks.forEach((page, texts) ->
                texts.forEach(t -> out.append(page).append(" → ").append(t).append('\n')));
        return out.toString();
    }
}
