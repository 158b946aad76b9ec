package org.helpdesk.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.helpdesk.ticket.TicketReference;

/**
 * The search box's syntax: words (in any inflected form; tickets with all of them first, then tickets with some of
 * them, and the result says when there are such), {@code "phrases"},
 * {@code -exclusion}, {@code OR} or {@code |} between alternatives, {@code (grouping)} and
 * {@code prefix*}. It is Elasticsearch's {@code simple_query_string}, which never rejects input:
 * unbalanced quotes, lone operators and reserved characters are read as text. We only turn the word
 * {@code OR} into {@code |}, drop control characters, and keep the first {@value #MAX_TERMS} terms so a
 * very long query cannot exceed the query's clause limit. Tickets and feedback items ({@link FeedbackSearch}) are
 * searched with the same syntax.
 */
final class QuerySyntax {

    static final int MAX_TERMS = 64;
    /**
     * Each text in its language-neutral form and in the form of the ticket's language (only one of {@code ru},
     * {@code bg}, {@code en} holds text for a ticket), so an inflected form finds a ticket through its own
     * language's stemmer and never through another's.
     */
    static final List<String> TEXT_FIELDS = List.of(
            "subject^2",
            "ru.subject^2",
            "bg.subject^2",
            "en.subject^2",
            "description",
            "ru.description",
            "bg.description",
            "en.description",
            "messages",
            "ru.messages",
            "bg.messages",
            "en.messages");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern OR_WORD = Pattern.compile("(^|\\s)OR(?=\\s|$)");
    private static final Pattern AND_WORD = Pattern.compile("(^|\\s)AND(?=\\s|$)");

    private QuerySyntax() {}

    /** What is sent to Elasticsearch for {@code typed}; blank when nothing searchable is left. */
    static String normalize(String typed) {
        String text = CONTROL.matcher(typed).replaceAll(" ").strip();
        String[] terms = text.split("\\s+");
        if (terms.length > MAX_TERMS) {
            text = String.join(" ", List.of(terms).subList(0, MAX_TERMS));
        }
        return outsideQuotes(text);
    }

    /** The query for normalized text: all the words, or a ticket reference such as {@code HD-1042}. */
    static Query of(String text) {
        return of(text, Operator.And);
    }

    /**
     * Whether tickets with only some of the words may follow those with all: plain words and phrases only, since with
     * exclusions ({@code -}), required words ({@code +}), alternatives or groups that would change what was asked.
     */
    static boolean relaxable(String text) {
        String outside = String.join(" ", everyOther(text.split("\"", -1)));
        return text.strip().split("\\s+").length > 1
                && !outside.contains("|")
                && !outside.contains("(")
                && !Pattern.compile("(^|\\s)[-+]").matcher(outside).find();
    }

    /** {@code operator} joins the words: {@code And} (all must occur) or {@code Or} (any may). */
    static Query of(String typed, Operator operator) {
        Query words = words(typed, operator, TEXT_FIELDS);
        if (!words.isSimpleQueryString()) {
            return words;
        }
        var reference = TicketReference.parse(typed);
        if (reference.isEmpty()) {
            return words;
        }
        Query byNumber = Query.of(
                q -> q.term(t -> t.field("number").value(reference.getAsLong()).boost(10f)));
        return Query.of(q -> q.bool(b -> b.should(words).should(byNumber)));
    }

    /**
     * The words over {@code fields}, joined by {@code operator}. Stop words are left out first ({@link StopWords});
     * words that are all stop words find nothing, no words at all find everything.
     */
    static Query words(String typed, Operator operator, List<String> fields) {
        if (typed.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        String text = StopWords.strip(typed);
        if (!StopWords.searchable(text)) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.simpleQueryString(s -> s.query(text)
                .fields(fields)
                .defaultOperator(operator)
                .flags(
                        SimpleQueryStringFlag.And,
                        SimpleQueryStringFlag.Or,
                        SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Phrase,
                        SimpleQueryStringFlag.Precedence,
                        SimpleQueryStringFlag.Prefix,
                        SimpleQueryStringFlag.Whitespace,
                        SimpleQueryStringFlag.Escape)
                .lenient(true)));
    }

    private static List<String> everyOther(String[] parts) {
        List<String> outside = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            outside.add(parts[i]);
        }
        return outside;
    }

    /** {@code OR} and {@code AND} as words mean the operators, but not inside a quoted phrase. */
    private static String outsideQuotes(String text) {
        String[] parts = text.split("\"", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i % 2 == 0) {
                part = OR_WORD.matcher(part).replaceAll("$1|");
                part = AND_WORD.matcher(part).replaceAll("$1"); // all words must match anyway
            }
            out.add(part);
        }
        return String.join("\"", out);
    }
}
