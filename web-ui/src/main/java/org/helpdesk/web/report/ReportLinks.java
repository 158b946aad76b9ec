package org.helpdesk.web.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep the reader's report choices: to the tickets behind a figure, to exports, to the dashboard. */
record ReportLinks(String contextPath, MultiValueMap<String, String> parameters) {

    /** The tickets behind a figure; {@code group} is a breakdown key or {@code -} for none. */
    public String drill(
            String kpi, boolean previous, @Nullable LocalDate bucket, @Nullable String group, boolean matching) {
        UriComponentsBuilder link = base("/reports/tickets").queryParam("kpi", kpi);
        if (previous) {
            link.queryParam("previous", true);
        }
        if (bucket != null) {
            link.queryParam("bucket", bucket);
        }
        if (group != null) {
            link.queryParam("group", group);
        }
        if (matching) {
            link.queryParam("part", "matching");
        }
        return link.build().encode().toUriString();
    }

    public String export(String format) {
        return base("/reports/export/" + format).build().encode().toUriString();
    }

    public String dashboard() {
        return base("/reports").build().encode().toUriString();
    }

    private UriComponentsBuilder base(String path) {
        return UriComponentsBuilder.fromPath(contextPath + path).queryParams(parameters);
    }
}
