package org.helpdesk.web.search;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.search.ExportFormat;
import org.helpdesk.search.ExportPlan;
import org.helpdesk.search.TicketExport;
import org.helpdesk.search.TicketSearchRequest;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.TicketVisibility;
import org.helpdesk.web.audit.RequestAudit;
import org.helpdesk.web.customer.Contacts;
import org.helpdesk.web.security.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * What the export endpoints share: reading the search and the optional {@code limit} from the parameters,
 * planning the export (counting first, so {@code X-Export-Total} and {@code X-Export-Truncated} can go out before
 * the body), recording it in the audit trail before a byte is sent, and streaming the file.
 */
@Component
class ExportRequests {

    static final String TOTAL_HEADER = "X-Export-Total";
    static final String ROWS_HEADER = "X-Export-Rows";
    static final String TRUNCATED_HEADER = "X-Export-Truncated";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final TicketExport export;
    private final RequestAudit audit;
    private final Clock clock;

    private final TicketVisibility visibility;

    ExportRequests(TicketExport export, RequestAudit audit, Clock clock, TicketVisibility visibility) {
        this.visibility = visibility;
        this.export = export;
        this.audit = audit;
        this.clock = clock;
    }

    /** Counts what {@code params} match and caps it. */
    ExportPlan plan(MultiValueMap<String, String> params) {
        return export.plan(search(params).seenBy(Viewers.of(visibility)), limit(params.getFirst("limit")))
                .shownAs(Contacts.current());
    }

    /** Records the export: who, the search (in the request's parameters), format and rows; {@code job} if any. */
    void record(HttpServletRequest request, ExportPlan plan, ExportFormat format, @Nullable String job) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.extension());
        details.put("query", plan.request().query());
        details.put("rows", plan.rows());
        details.put("total", plan.total());
        details.put("truncated", plan.truncated());
        details.put("cap", plan.cap());
        if (job != null) {
            details.put("job", job);
        }
        audit.record(request, AuditActions.EXPORT, "ticket", job, details);
    }

    /** The whole file, streamed as it is written. */
    ResponseEntity<StreamingResponseBody> stream(ExportPlan plan, ExportFormat format) {
        StreamingResponseBody body = out -> export.write(plan, format, out, rows -> {});
        return file(format)
                .header(TOTAL_HEADER, String.valueOf(plan.total()))
                .header(ROWS_HEADER, String.valueOf(plan.rows()))
                .header(TRUNCATED_HEADER, String.valueOf(plan.truncated()))
                .body(body);
    }

    ResponseEntity.BodyBuilder file(ExportFormat format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tickets-" + FILE_TIME.format(clock.instant()) + "." + format.extension())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** The search in the parameters, from its first hit whatever page or cursor they name. */
    static TicketSearchRequest search(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> search = SearchParams.of(params).asParameters();
        return SearchParams.parse(search, 1);
    }

    private static int limit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of("limit", "invalid_value", "must be a whole number of at least 1");
    }
}
