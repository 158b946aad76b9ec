package org.helpdesk.web.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's quote cut into plain and marked pieces: the page prints every piece escaped and wraps the marked ones
 * in {@code <mark>}, so customer text never reaches the page unescaped. A term is marked where it stands as a whole
 * word (letters or digits do not continue it on either side), case ignored, the longest term first.
 */
record QuoteHighlight(List<Piece> pieces) {

    QuoteHighlight {
        pieces = List.copyOf(pieces);
    }

    /** A run of the quote's text; {@code marked} when it is one of the terms. */
    record Piece(String text, boolean marked) {}

    static QuoteHighlight of(String text, List<String> terms) {
        List<String> longestFirst = terms.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<Piece> pieces = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            int length = matchAt(text, i, longestFirst);
            if (length > 0) {
                if (plainFrom < i) {
                    pieces.add(new Piece(text.substring(plainFrom, i), false));
                }
                pieces.add(new Piece(text.substring(i, i + length), true));
                i += length;
                plainFrom = i;
            } else {
                i++;
            }
        }
        if (plainFrom < text.length()) {
            pieces.add(new Piece(text.substring(plainFrom), false));
        }
        return new QuoteHighlight(pieces);
    }

    private static int matchAt(String text, int at, List<String> terms) {
        if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return 0;
        }
        for (String term : terms) {
            int end = at + term.length();
            if (text.regionMatches(true, at, term, 0, term.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return term.length();
            }
        }
        return 0;
    }
}
