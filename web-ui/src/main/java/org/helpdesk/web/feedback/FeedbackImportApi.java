package org.helpdesk.web.feedback;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.feedback.FeedbackImports;
import org.helpdesk.feedback.ImportMapping;
import org.helpdesk.feedback.ImportedRow;
import org.helpdesk.fileimport.ImportJob;
import org.helpdesk.fileimport.ImportPreview;
import org.helpdesk.fileimport.ImportRow;
import org.helpdesk.web.fileimport.Uploads;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing reviews and comments from files: upload ({@code multipart/form-data}, field {@code file}), preview under a
 * column mapping, start, and follow the progress. Local dates in the file are read in the organisation's zone.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(FeedbackImportApi.IMPORTERS)
class FeedbackImportApi {

    static final String IMPORTERS = "hasAnyRole('QUALITY_MANAGER','ADMIN')";

    private final FeedbackImports imports;
    private final DateDisplay dates;

    FeedbackImportApi(FeedbackImports imports, DateDisplay dates) {
        this.imports = imports;
        this.dates = dates;
    }

    /** {@code multipart/form-data} with the part {@code file} (and optionally {@code format}). */
    @PostMapping
    ResponseEntity<Uploaded> upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            Principal principal) {
        byte[] content = Uploads.bytes(file, "send the file as the multipart part \"file\"");
        ImportJob<ImportMapping> job =
                imports.upload(Uploads.name(file), content, Uploads.format(format), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/feedback/imports/" + job.id()))
                .body(new Uploaded(job, imports.head(job.id(), Uploads.HEAD_ROWS)));
    }

    @PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportPreview<ImportedRow> preview(@PathVariable UUID id, @RequestBody ImportMapping mapping) {
        return imports.preview(id, mapping, dates.organisationZone());
    }

    @PostMapping(path = "/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJob<ImportMapping>> start(@PathVariable UUID id, @RequestBody ImportMapping mapping) {
        return ResponseEntity.accepted().body(imports.start(id, mapping, dates.organisationZone()));
    }

    @GetMapping("/{id}")
    ImportJob<ImportMapping> get(@PathVariable UUID id) {
        return imports.get(id);
    }

    @GetMapping
    List<ImportJob<ImportMapping>> recent(@RequestParam(defaultValue = "20") int limit) {
        return imports.recent(limit);
    }

    record Uploaded(ImportJob<ImportMapping> job, List<ImportRow> head) {}
}
