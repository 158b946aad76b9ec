package org.helpdesk.reporting;

import java.util.List;

public record DrillPage(List<DrillRow> items, int page, int size, long total) {

    public DrillPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
