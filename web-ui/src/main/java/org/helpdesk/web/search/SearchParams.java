package org.helpdesk.web.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.helpdesk.search.Facet;
import org.helpdesk.search.SearchDefinition;
import org.helpdesk.search.SearchSort;
import org.helpdesk.search.TicketFilter;
import org.helpdesk.search.TicketSearchRequest;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search's URL parameters, shared by the page and the API: {@code q}, {@code from}/{@code to}
 * (a date, both days included, or an ISO instant), one parameter per {@link Facet} (repeated for several
 * values), {@code sort}, {@code cursor}, {@code page} and {@code size}. Also builds the page's links,
 * which keep the query and filters and start again at the first page, and the query strings saved searches keep.
 */
final class SearchParams {

    private final MultiValueMap<String, String> kept;

    private SearchParams(MultiValueMap<String, String> kept) {
        this.kept = kept;
    }

    /** The request's parameters without the paging ones, for links that keep the search. */
    static SearchParams of(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> {
            if (isSearchParam(name)) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> kept.add(name, v));
            }
        });
        return new SearchParams(kept);
    }

    static TicketSearchRequest parse(MultiValueMap<String, String> params, int defaultSize) {
        List<FieldViolation> violations = new ArrayList<>();
        Instant from = instant(params.getFirst("from"), "from", false, violations);
        Instant to = instant(params.getFirst("to"), "to", true, violations);
        int page = integer(params.getFirst("page"), 0, "page", violations);
        int size = integer(params.getFirst("size"), defaultSize, "size", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of());
            Set<String> nonBlank = new LinkedHashSet<>();
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(nonBlank::add);
            if (!nonBlank.isEmpty()) {
                selected.put(facet, nonBlank);
            }
        }
        String q = params.getFirst("q");
        return new TicketSearchRequest(
                q == null ? "" : q,
                new TicketFilter(from, to, selected),
                SearchSort.parse(params.getFirst("sort")),
                params.getFirst("cursor"),
                page,
                size);
    }

    /** The search in {@code params} (paging left out) as a saved search keeps it, once its values are checked. */
    static SearchDefinition definition(MultiValueMap<String, String> params) {
        SearchParams search = of(params);
        parse(search.kept, 1);
        return search.definition();
    }

    /**
     * The search as a saved search keeps it: the words, the order, and the rest as a query string. Call
     * {@link #parse} first: this does not check the values.
     */
    SearchDefinition definition() {
        MultiValueMap<String, String> filters = copy();
        filters.remove("q");
        filters.remove("sort");
        return new SearchDefinition(first("q"), encode(filters), SearchSort.parse(kept.getFirst("sort")));
    }

    /** The parameters of a saved search, as the request that runs it would have them. */
    static MultiValueMap<String, String> of(SearchDefinition definition) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (!definition.query().isEmpty()) {
            params.add("q", definition.query());
        }
        decode(definition.filters()).forEach(params::addAll);
        if (definition.sort() != null) {
            params.add("sort", definition.sort().param());
        }
        return of(params).kept;
    }

    /**
     * A query string such as {@code q=refund&status=OPEN} as parameters; malformed escapes are invalid input naming
     * {@code field}.
     */
    static MultiValueMap<String, String> decode(String queryString) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                params.add(name, value);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("search", "invalid_value", "is not a query string of the search");
            }
        }
        return params;
    }

    /** This search's parameters (no paging), for {@link #parse}. */
    MultiValueMap<String, String> asParameters() {
        return copy();
    }

    /** This search's parameters as a query string, without the leading {@code ?}. */
    String queryString() {
        return encode(kept);
    }

    /** Every parameter of this search, for hidden fields of forms that act on it (save, export). */
    List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        kept.forEach((name, values) -> values.forEach(v -> fields.add(Map.entry(name, v))));
        return fields;
    }

    String first(String name) {
        String value = kept.getFirst(name);
        return value == null ? "" : value;
    }

    /** Hidden fields for the search form: the filters and order that are not fields of the form itself. */
    List<Map.Entry<String, String>> hidden() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        kept.forEach((name, values) -> {
            if (!List.of("q", "from", "to").contains(name)) {
                values.forEach(v -> fields.add(Map.entry(name, v)));
            }
        });
        return fields;
    }

    /** This search with {@code value} of {@code facet} chosen, or unchosen when it was. */
    String toggle(Facet facet, String value) {
        MultiValueMap<String, String> params = copy();
        List<String> values = new ArrayList<>(params.getOrDefault(facet.param(), List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        params.remove(facet.param());
        if (!values.isEmpty()) {
            params.put(facet.param(), values);
        }
        return href(params);
    }

    String sortedBy(SearchSort sort) {
        MultiValueMap<String, String> params = copy();
        params.set("sort", sort.param());
        return href(params);
    }

    String continuedAt(String cursor) {
        MultiValueMap<String, String> params = copy();
        params.set("cursor", cursor);
        return href(params);
    }

    String firstPage() {
        return href(copy());
    }

    private MultiValueMap<String, String> copy() {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        kept.forEach((name, values) -> params.put(name, new ArrayList<>(values)));
        return params;
    }

    private static String href(MultiValueMap<String, String> params) {
        String query = encode(params);
        return query.isEmpty() ? "/search" : "/search?" + query;
    }

    /** The search page's link for these parameters. */
    static String href(SearchDefinition definition) {
        return href(of(definition));
    }

    private static String encode(MultiValueMap<String, String> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> query.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return query.toString();
    }

    private static boolean isSearchParam(String name) {
        return List.of("q", "from", "to", "sort").contains(name)
                || Facet.byParam(name).isPresent();
    }

    private static @Nullable Instant instant(
            @Nullable String value, String field, boolean endOfDay, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 10) {
                LocalDate day = LocalDate.parse(value.strip());
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "invalid_date", "must be a date (2026-03-31) or an instant"));
            return null;
        }
    }

    private static int integer(@Nullable String value, int fallback, String field, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "invalid_value", "must be a whole number"));
            return fallback;
        }
    }
}
