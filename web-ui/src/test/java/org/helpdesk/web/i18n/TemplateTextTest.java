package org.helpdesk.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word a page shows comes from the message bundles: a template fails this test when it holds literal text a
 * reader would see (a text node, or a title, placeholder, aria-label, alt, data-confirm or button value) that
 * Thymeleaf does not replace, or a quoted literal word inside a {@code th:text}-like expression. The prototype text
 * inside an element whose content Thymeleaf replaces ({@code th:text}, {@code th:replace}...) is never shown and is
 * not checked. Templates are read with jsoup, a real HTML parser (on the classpath through helpdesk-core).
 */
class TemplateTextTest {

    /**
     * Text that reads the same in every language. Anything without a letter (punctuation, digits, arrows, "·", "—",
     * "×", "%") passes on its own; these few strings with letters are allowed on purpose.
     */
    private static final Set<String> ALLOWED = Set.of(
            "Helpdesk", // the product's name
            "EN",
            "RU",
            "BG", // the language switcher names each language by its own code
            "HD-1001", // the shape of a ticket reference, as an input's example
            "CSV",
            "TSV",
            "JSON Lines" // file formats by their names
            );

    /** Attributes a reader sees or hears (screen readers read aria-label and title; alt replaces an image). */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of(
            "title",
            "placeholder",
            "aria-label",
            "aria-description",
            "aria-roledescription",
            "aria-valuetext",
            "alt",
            "label",
            "data-confirm");

    /** Inputs whose value is the text on the button. */
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

    /** Attributes whose expression becomes the element's text. */
    private static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext");

    /** Attributes after which the element's own content is not what the page shows. */
    private static final Set<String> CONTENT_REPLACERS =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors", "sec:authentication");

    /** Thymeleaf's inlined expressions in text: {@code [[...]]} and {@code [(...)]}. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /**
     * A quoted literal in an expression that is a word a reader sees: several words, a capitalised word, or any
     * non-Latin letter. Literal keys and constants ({@code 'status.'}, {@code 'SENT'}, {@code 'HD-'}) are not words.
     */
    private static final Pattern WORDS =
            Pattern.compile("\\p{L}{2,}\\s+\\p{L}|\\p{L}\\s+\\p{L}{2,}|\\b\\p{Lu}\\p{Ll}+\\b|[\\p{L}&&[^\\p{IsLatin}]]"
                    + "|^\\s+\\p{L}+$|^\\p{L}+\\s+$");

    /** Forms whose action cannot be undone: they must ask first (see {@code static/js/confirm.js}). */
    private static final Pattern IRREVOCABLE_ACTION = Pattern.compile("/(delete|remove|dismiss|reset|revoke|merge)\\b");

    @Test
    void templatesShowOnlyTranslatedText() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (Resource template : templates()) {
            Document page = parse(template);
            String name = name(template);
            for (Element element : page.getAllElements()) {
                if (insideReplacedContent(element) || element.hasAttr("th:replace") && !pageDecoration(element)) {
                    continue;
                }
                if (!replacesContent(element)) {
                    checkText(name, element, untranslated);
                }
                checkAttributes(name, element, untranslated);
                checkExpressions(name, element, untranslated);
            }
        }
        assertThat(untranslated)
                .as("literal text in templates; move it to messages*.properties and use #{...}")
                .isEmpty();
    }

    @Test
    void irrevocableFormsAskForConfirmationInTheReadersLanguage() throws IOException {
        List<String> unconfirmed = new ArrayList<>();
        for (Resource template : templates()) {
            for (Element form : parse(template).select("form[th:action]")) {
                boolean irrevocable =
                        IRREVOCABLE_ACTION.matcher(form.attr("th:action")).find();
                if (irrevocable && !form.attr("th:data-confirm").startsWith("#{")) {
                    unconfirmed.add(name(template) + ": " + form.attr("th:action"));
                }
            }
        }
        assertThat(unconfirmed)
                .as("forms that delete, remove, dismiss, reset or merge need th:data-confirm=\"#{...}\"")
                .isEmpty();
    }

    @Test
    void everyPageLoadsTheConfirmationScript() throws IOException {
        Resource layout =
                new PathMatchingResourcePatternResolver().getResource("classpath:templates/fragments/layout.html");

        assertThat(parse(layout).select("script[th:src]").eachAttr("th:src")).contains("@{/js/confirm.js}");
    }

    private static void checkText(String template, Element element, List<String> untranslated) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String shown = INLINED.matcher(text.getWholeText())
                        .replaceAll("")
                        .strip()
                        .replaceAll("\\s+", " ");
                if (!allowed(shown)) {
                    untranslated.add(template + ": <" + element.tagName() + "> text \"" + shown + "\"");
                }
            }
        }
    }

    private static void checkAttributes(String template, Element element, List<String> untranslated) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            boolean visible = VISIBLE_ATTRIBUTES.contains(name)
                    || (name.equals("value")
                            && element.tagName().equals("input")
                            && BUTTON_INPUTS.contains(element.attr("type")));
            if (visible
                    && !setByThymeleaf(element, name)
                    && !allowed(attribute.getValue().strip())) {
                untranslated.add(
                        template + ": <" + element.tagName() + "> " + name + "=\"" + attribute.getValue() + "\"");
            }
        }
    }

    private static void checkExpressions(String template, Element element, List<String> untranslated) {
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey();
            List<String> expressions = new ArrayList<>();
            if (TEXT_EXPRESSIONS.contains(name)
                    || (name.startsWith("th:") && VISIBLE_ATTRIBUTES.contains(name.substring(3)))) {
                expressions.add(attribute.getValue());
            } else if (name.equals("th:attr")) {
                for (String assignment : ThymeleafExpression.topLevelParts(attribute.getValue())) {
                    int equals = assignment.indexOf('=');
                    if (equals > 0
                            && VISIBLE_ATTRIBUTES.contains(
                                    assignment.substring(0, equals).strip())) {
                        expressions.add(assignment.substring(equals + 1));
                    }
                }
            }
            for (String expression : expressions) {
                for (String literal : ThymeleafExpression.shownLiterals(expression)) {
                    if (WORDS.matcher(literal).find() && !ALLOWED.contains(literal.strip())) {
                        untranslated.add(template + ": <" + element.tagName() + "> " + name + " literal '" + literal
                                + "' in " + expression);
                    }
                }
            }
        }
    }

    private static boolean allowed(String shown) {
        return shown.isEmpty() || !LETTER.matcher(shown).find() || ALLOWED.contains(shown);
    }

    private static boolean setByThymeleaf(Element element, String attribute) {
        return element.hasAttr("th:" + attribute)
                || ThymeleafExpression.topLevelParts(element.attr("th:attr")).stream()
                        .anyMatch(part -> part.strip().startsWith(attribute + "="));
    }

    /** Whether an ancestor's content is replaced by Thymeleaf, so this element is only a prototype. */
    private static boolean insideReplacedContent(Element element) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (replacesContent(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean replacesContent(Element element) {
        String remove = element.attr("th:remove");
        return (!pageDecoration(element) && CONTENT_REPLACERS.stream().anyMatch(element::hasAttr))
                || remove.equals("all")
                || remove.equals("body");
    }

    /** A page's {@code <html th:replace="~{layout :: layout(~{::title}, ~{::section})}">} hands its parts to the layout. */
    private static boolean pageDecoration(Element element) {
        return element.tagName().equals("html");
    }

    private static List<Resource> templates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(found).as("templates on the classpath").isNotEmpty();
        return List.of(found);
    }

    private static Document parse(Resource template) throws IOException {
        try (InputStream in = template.getInputStream()) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String name(Resource template) throws IOException {
        String url = template.getURL().toString();
        return url.substring(url.lastIndexOf("templates/"));
    }
}
