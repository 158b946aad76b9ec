package org.helpdesk.search;

/**
 * One value of a facet with the number of tickets that have it, counted with every filter applied
 * except the facet's own (so choosing a status still shows how many tickets the other statuses have).
 */
public record FacetValue(String value, String label, long count, boolean selected) {

    /** The same value shown by another name (a theme in the reader's language). */
    public FacetValue withLabel(String shown) {
        return new FacetValue(value, shown, count, selected);
    }
}
