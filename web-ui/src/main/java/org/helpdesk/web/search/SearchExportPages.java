package org.helpdesk.web.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import org.helpdesk.search.ExportFormat;
import org.helpdesk.search.ExportJob;
import org.helpdesk.search.ExportJobs;
import org.helpdesk.search.ExportPlan;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.web.audit.AuditedByHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports from the search page. The links download at once (streamed, like the API); for large result sets the
 * page starts a background export instead and shows its progress, refreshing itself (a {@code Refresh} header:
 * no script is allowed by the page's policy) until the file can be downloaded. Only its starter sees a job.
 */
@Controller
class SearchExportPages {

    static final int REFRESH_SECONDS = 2;

    private final ExportRequests exports;
    private final ExportJobs jobs;

    SearchExportPages(ExportRequests exports, ExportJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @GetMapping("/search/export.csv")
    @AuditedByHandler
    ResponseEntity<StreamingResponseBody> csv(
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return download(params, ExportFormat.CSV, request);
    }

    @GetMapping("/search/export.xlsx")
    @AuditedByHandler
    ResponseEntity<StreamingResponseBody> xlsx(
            @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        return download(params, ExportFormat.XLSX, request);
    }

    /** Starts a background export of the search in the form's fields; {@code format} is csv or xlsx. */
    @PostMapping("/search/exports")
    @AuditedByHandler
    String start(@RequestParam MultiValueMap<String, String> params, Principal user, HttpServletRequest request) {
        ExportFormat format = ExportFormat.parse(params.getFirst("format"));
        ExportPlan plan = exports.plan(params);
        UUID id = UUID.randomUUID();
        exports.record(request, plan, format, id.toString());
        jobs.start(id, user.getName(), plan, format, SearchParams.of(params).queryString());
        return "redirect:/search/exports/" + id;
    }

    @GetMapping("/search/exports/{id}")
    String progress(@PathVariable UUID id, Principal user, Model model, HttpServletResponse response) {
        ExportJob job = job(id, user);
        if (job.status() == ExportJob.Status.RUNNING) {
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        model.addAttribute("searchHref", job.search().isEmpty() ? "/search" : "/search?" + job.search());
        return "search/export";
    }

    @GetMapping("/search/exports/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id, Principal user) {
        ExportJob job = job(id, user);
        byte[] content =
                jobs.file(id, user.getName()).orElseThrow(() -> new NotFoundException("export file", id.toString()));
        return exports.file(job.format())
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(content.length))
                .body(content);
    }

    private ResponseEntity<StreamingResponseBody> download(
            MultiValueMap<String, String> params, ExportFormat format, HttpServletRequest request) {
        ExportPlan plan = exports.plan(params);
        exports.record(request, plan, format, null);
        return exports.stream(plan, format);
    }

    private ExportJob job(UUID id, Principal user) {
        return jobs.find(id, user.getName()).orElseThrow(() -> new NotFoundException("export", id.toString()));
    }
}
