package org.helpdesk.web.ticket;

import org.helpdesk.ticket.AttachmentContent;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How stored files leave the app: as attachments (never shown inline), with the stored content type, no
 * sniffing, and a sandboxing CSP in case a browser opens one anyway. Shared with the customer's status page.
 */
public final class AttachmentDownload {

    private AttachmentDownload() {}

    public static ResponseEntity<byte[]> of(AttachmentContent file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(file.attachment().contentType()))
                .contentLength(file.content().length)
                .body(file.content());
    }
}
