package org.helpdesk.web.mail;

import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A mail exactly as it arrived, handed out as a file: always an attachment, never sniffed or rendered, since it is
 * whatever a stranger sent.
 */
final class OriginalMail {

    static final MediaType RFC822 = MediaType.parseMediaType("message/rfc822");

    private OriginalMail() {}

    static ResponseEntity<byte[]> download(UUID id, byte[] raw) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mail-" + id + ".eml")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(RFC822)
                .contentLength(raw.length)
                .body(raw);
    }
}
