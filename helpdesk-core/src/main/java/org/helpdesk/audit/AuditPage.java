package org.helpdesk.audit;

import java.util.List;

/** One page of audit entries, newest first. */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }
}
