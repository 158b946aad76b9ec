package org.helpdesk.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.helpdesk.shared.InvalidInputException;

/**
 * Where the next page of a search starts: the sort values of the last hit shown ({@code search_after}),
 * with the order they belong to. Clients see an opaque base64url token; anything that does not decode
 * to a cursor of the requested order is invalid input, never a server error. A well-formed but made-up
 * cursor is harmless: it merely starts the listing somewhere else.
 */
record SearchCursor(SearchSort sort, double score, long createdAt, long number) {

    static final int MAX_LENGTH = 200;

    /** The cursor after a hit, from the hit's sort values ({@code [_score,] createdAt, number}). */
    static SearchCursor after(SearchSort sort, List<FieldValue> values) {
        int offset = sort == SearchSort.RELEVANCE ? 1 : 0;
        double score = offset == 1 ? values.get(0).doubleValue() : 0;
        return new SearchCursor(
                sort,
                score,
                values.get(offset).longValue(),
                values.get(offset + 1).longValue());
    }

    String encode() {
        String plain = sort.name().charAt(0) + ":" + (sort == SearchSort.RELEVANCE ? score + ":" : "") + createdAt + ":"
                + number;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The values for {@code search_after}, in the order of the sort. */
    List<FieldValue> searchAfter() {
        List<FieldValue> values = new ArrayList<>();
        if (sort == SearchSort.RELEVANCE) {
            values.add(FieldValue.of(score));
        }
        values.add(FieldValue.of(createdAt));
        values.add(FieldValue.of(number));
        return values;
    }

    static SearchCursor decode(String token, SearchSort expected) {
        try {
            if (token.length() > MAX_LENGTH) {
                throw invalid();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":", -1);
            boolean relevance = expected == SearchSort.RELEVANCE;
            if (parts.length != (relevance ? 4 : 3)
                    || !parts[0].equals(String.valueOf(expected.name().charAt(0)))) {
                throw invalid();
            }
            int i = 1;
            double score = relevance ? Double.parseDouble(parts[i++]) : 0;
            long createdAt = Long.parseLong(parts[i++]);
            long number = Long.parseLong(parts[i]);
            if (!Double.isFinite(score)) {
                throw invalid();
            }
            return new SearchCursor(expected, score, createdAt, number);
        } catch (IllegalArgumentException e) { // bad base64 and bad numbers alike
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of(
                "cursor", "invalid", "is not a cursor of this search; start again from the first page");
    }
}
