package org.helpdesk.web.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Just enough of Thymeleaf's expression syntax to find the literal text an expression puts on a page: quoted
 * literals ({@code 'text'}) and the text of literal substitutions ({@code |text ${x}|}), but not message keys
 * ({@code #{'status.' + ${s}}}), map keys ({@code data['field']}) or constants compared with ({@code == 'SENT'}).
 */
final class ThymeleafExpression {

    private ThymeleafExpression() {}

    /** The comma-separated parts of an expression list such as {@code th:attr="title=#{a}, aria-label=#{b}"}. */
    static List<String> topLevelParts(String expressions) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < expressions.length(); i++) {
            char c = expressions.charAt(i);
            if (c == '\'' && !escaped(expressions, i)) {
                quoted = !quoted;
            } else if (!quoted && (c == '{' || c == '(')) {
                depth++;
            } else if (!quoted && (c == '}' || c == ')')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(expressions.substring(start, i));
                start = i + 1;
            }
        }
        if (start < expressions.length()) {
            parts.add(expressions.substring(start));
        }
        return parts;
    }

    /** The literal texts this expression may show, outside message keys, map keys and comparisons. */
    static List<String> shownLiterals(String expression) {
        List<String> shown = new ArrayList<>();
        Deque<Boolean> braces = new ArrayDeque<>(); // true: a message expression #{...}
        StringBuilder substitution = null;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            char next = i + 1 < expression.length() ? expression.charAt(i + 1) : 0;
            if (c == '\'') {
                int end = closingQuote(expression, i);
                if (!braces.contains(Boolean.TRUE) && !mapKey(expression, i) && !compared(expression, i, end)) {
                    shown.add(expression.substring(i + 1, end).replace("\\'", "'"));
                }
                i = end;
            } else if ("$*#@~".indexOf(c) >= 0 && next == '{') {
                braces.push(c == '#');
                i++;
            } else if (c == '{') {
                braces.push(false);
            } else if (c == '}' && !braces.isEmpty()) {
                braces.pop();
            } else if (c == '|' && braces.isEmpty()) {
                if (substitution != null) {
                    shown.add(substitution.toString());
                }
                substitution = substitution == null ? new StringBuilder() : null;
            } else if (substitution != null && braces.isEmpty()) {
                substitution.append(c);
            }
        }
        return shown;
    }

    private static int closingQuote(String expression, int open) {
        for (int i = open + 1; i < expression.length(); i++) {
            if (expression.charAt(i) == '\'' && !escaped(expression, i)) {
                return i;
            }
        }
        return expression.length() - 1;
    }

    private static boolean escaped(String text, int index) {
        return index > 0 && text.charAt(index - 1) == '\\';
    }

    private static boolean mapKey(String expression, int open) {
        return before(expression, open).endsWith("[");
    }

    private static boolean compared(String expression, int open, int close) {
        String left = before(expression, open);
        String right =
                expression.substring(Math.min(close + 1, expression.length())).stripLeading();
        return left.endsWith("==") || left.endsWith("!=") || right.startsWith("==") || right.startsWith("!=");
    }

    private static String before(String expression, int index) {
        return expression.substring(0, index).stripTrailing();
    }
}
