package org.helpdesk.web.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.feedback.FeedbackImports;
import org.helpdesk.feedback.ImportFormat;
import org.helpdesk.feedback.ImportJob;
import org.helpdesk.feedback.ImportMapping;
import org.helpdesk.feedback.ImportPreview;
import org.helpdesk.feedback.ImportRow;
import org.helpdesk.shared.InvalidInputException;
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
    static final int HEAD_ROWS = 5;

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
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "required", "send the file as the multipart part \"file\"");
        }
        ImportJob job = imports.upload(
                String.valueOf(file.getOriginalFilename()), bytes(file), format(format), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/feedback/imports/" + job.id()))
                .body(new Uploaded(job, imports.head(job.id(), HEAD_ROWS)));
    }

    @PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportPreview preview(@PathVariable UUID id, @RequestBody ImportMapping mapping) {
        return imports.preview(id, mapping, dates.organisationZone());
    }

    @PostMapping(path = "/{id}/start", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportJob> start(@PathVariable UUID id, @RequestBody ImportMapping mapping) {
        return ResponseEntity.accepted().body(imports.start(id, mapping, dates.organisationZone()));
    }

    @GetMapping("/{id}")
    ImportJob get(@PathVariable UUID id) {
        return imports.get(id);
    }

    @GetMapping
    List<ImportJob> recent(@RequestParam(defaultValue = "20") int limit) {
        return imports.recent(limit);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static @Nullable ImportFormat format(@Nullable String format) {
        if (format == null || format.isBlank()) {
            return null;
        }
        return ImportFormat.parse(format)
                .orElseThrow(
                        () -> InvalidInputException.of("format", "unknown_value", "the format is CSV, TSV or JSONL"));
    }

    record Uploaded(ImportJob job, List<ImportRow> head) {}
}
