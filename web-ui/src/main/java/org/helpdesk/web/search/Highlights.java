package org.helpdesk.web.search;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.search.TicketHit;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a highlighted fragment into parts that templates print as text (so customer-written text is
 * always escaped), or into escaped HTML with {@code <mark>} for API clients.
 */
public final class Highlights {

    private Highlights() {}

    public record Part(String text, boolean marked) {}

    public static List<Part> parts(String fragment) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean marked = false;
        for (char c : fragment.toCharArray()) {
            if (c == TicketHit.MARK_START || c == TicketHit.MARK_END) {
                if (!current.isEmpty()) {
                    parts.add(new Part(current.toString(), marked));
                    current.setLength(0);
                }
                marked = c == TicketHit.MARK_START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(new Part(current.toString(), marked));
        }
        return parts;
    }

    public static String html(String fragment) {
        StringBuilder html = new StringBuilder();
        for (Part part : parts(fragment)) {
            String text = HtmlUtils.htmlEscape(part.text());
            html.append(part.marked() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }
}
