package org.helpdesk.web.search;

import jakarta.servlet.http.HttpServletRequest;
import org.helpdesk.search.ExportFormat;
import org.helpdesk.search.ExportPlan;
import org.helpdesk.web.audit.AuditedByHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Every ticket a search matches as one CSV or XLSX file, streamed: {@code format=csv|xlsx}, the search's own
 * parameters (see {@link SearchParams}) and an optional {@code limit} below the configured cap. The headers
 * {@code X-Export-Total}, {@code X-Export-Rows} and {@code X-Export-Truncated} say what the file holds.
 */
@RestController
class SearchExportApi {

    private final ExportRequests exports;

    SearchExportApi(ExportRequests exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/search/tickets/export")
    @AuditedByHandler
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        ExportFormat format = ExportFormat.parse(params.getFirst("format"));
        ExportPlan plan = exports.plan(params);
        exports.record(request, plan, format, null);
        return exports.stream(plan, format);
    }
}
