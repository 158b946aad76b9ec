package org.helpdesk.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Filters and facet counts the way a filter sidebar needs them. The date range narrows everything.
 * Facet filters go into {@code post_filter} (narrowing the hits, not the counts); each facet's count
 * is a {@code filter} aggregation with the filters of all <em>other</em> facets around a {@code terms}
 * aggregation, so a chosen value never hides the other values of its own facet.
 */
final class FacetQueries {

    static final int BUCKETS = 30;
    private static final String VALUES = "values";
    private static final String LABEL = "label";

    private FacetQueries() {}

    /** The date range as a query, or null without one. */
    static @Nullable Query dateRange(TicketFilter filter) {
        if (filter.createdFrom() == null && filter.createdTo() == null) {
            return null;
        }
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field("createdAt");
            if (filter.createdFrom() != null) {
                d.gte(filter.createdFrom().toString());
            }
            if (filter.createdTo() != null) {
                d.lt(filter.createdTo().toString());
            }
            return d;
        })));
    }

    /** All facet filters but {@code except}'s, as one query (match all when there are none). */
    static Query facetFilter(TicketFilter filter, @Nullable Facet except) {
        List<Query> filters = new ArrayList<>();
        filter.selected().forEach((facet, values) -> {
            if (facet != except) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                filters.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(terms)))));
            }
        });
        if (filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    static Map<String, Aggregation> aggregations(TicketFilter filter) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            aggregations.put(
                    facet.param(),
                    Aggregation.of(a -> a.filter(facetFilter(filter, facet)).aggregations(VALUES, terms(facet))));
        }
        return aggregations;
    }

    private static Aggregation terms(Facet facet) {
        String labelField = facet.labelField();
        if (labelField == null) {
            return Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(BUCKETS)));
        }
        return Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(BUCKETS))
                .aggregations(LABEL, l -> l.terms(t -> t.field(labelField).size(1))));
    }

    /** The counts per facet; chosen values with no tickets left are listed too, so they can be unchosen. */
    static Map<Facet, List<FacetValue>> read(Map<String, Aggregate> aggregations, TicketFilter filter) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Aggregate outer = aggregations.get(facet.param());
            Aggregate inner = outer == null || !outer.isFilter()
                    ? null
                    : outer.filter().aggregations().get(VALUES);
            Set<String> selected = filter.values(facet);
            List<FacetValue> values = new ArrayList<>(buckets(inner, selected));
            for (String value : selected) {
                if (values.stream().noneMatch(v -> v.value().equals(value))) {
                    values.add(new FacetValue(value, value, 0, true));
                }
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private static List<FacetValue> buckets(@Nullable Aggregate terms, Set<String> selected) {
        if (terms == null) {
            return List.of();
        }
        if (terms.isSterms()) {
            return terms.sterms().buckets().array().stream()
                    .map(b -> {
                        String value = b.key().stringValue();
                        return new FacetValue(value, label(b, value), b.docCount(), selected.contains(value));
                    })
                    .toList();
        }
        if (terms.isLterms()) { // booleans: keys 1/0, shown as true/false
            return terms.lterms().buckets().array().stream()
                    .map(b -> {
                        String value = b.keyAsString() == null ? String.valueOf(b.key()) : b.keyAsString();
                        return new FacetValue(value, value, b.docCount(), selected.contains(value));
                    })
                    .toList();
        }
        return List.of(); // unmapped field (an index of an older mapping): nothing to count
    }

    private static String label(StringTermsBucket bucket, String value) {
        Aggregate label = bucket.aggregations().get(LABEL);
        if (label == null
                || !label.isSterms()
                || label.sterms().buckets().array().isEmpty()) {
            return value;
        }
        return label.sterms().buckets().array().get(0).key().stringValue();
    }
}
