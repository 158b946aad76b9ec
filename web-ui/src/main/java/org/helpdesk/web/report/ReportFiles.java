package org.helpdesk.web.report;

import org.helpdesk.reporting.Report;
import org.helpdesk.reporting.ReportExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An export as a download. */
final class ReportFiles {

    private ReportFiles() {}

    static ResponseEntity<byte[]> response(ReportExports.Format format, Report report, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ReportExports.fileName(report, format))
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
