package org.helpdesk.ticket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.helpdesk.shared.ContentTooLargeException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.TicketSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(new TicketSettings(
            Duration.ofDays(14),
            Duration.ofDays(7),
            Duration.ofHours(1),
            Duration.ofMinutes(1),
            Duration.ofDays(3),
            DataSize.ofKilobytes(1),
            List.of("application/pdf", "image/png", "text/plain")));

    @Test
    void acceptedFileKeepsItsBaseNameAndGetsAChecksum() {
        var checked = policy.check(
                new AttachmentUpload("C:\\Users\\maria\\receipt.pdf", "application/pdf; name=x", bytes("%PDF-1.7")));

        assertThat(checked.filename()).isEqualTo("receipt.pdf");
        assertThat(checked.contentType()).isEqualTo("application/pdf");
        assertThat(checked.sha256()).hasSize(64);
    }

    @Test
    void fileOverTheLimitIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> policy.check(new AttachmentUpload("big.pdf", "application/pdf", new byte[1025])))
                .isInstanceOfSatisfying(
                        ContentTooLargeException.class,
                        e -> assertThat(e.limitBytes()).isEqualTo(1024));
    }

    @Test
    void fileExactlyAtTheLimitIsAccepted() {
        assertThat(policy.check(new AttachmentUpload("ok.pdf", "application/pdf", new byte[1024])))
                .isNotNull();
    }

    @Test
    void typeOutsideTheAllowListIsRefused() {
        assertRefused(new AttachmentUpload("page.html", "text/html", bytes("<p>hi</p>")));
        assertRefused(new AttachmentUpload("tool.exe", "application/x-msdownload", bytes("MZ")));
    }

    @Test
    void webPageDisguisedAsTextOrImageIsRefused() {
        assertRefused(new AttachmentUpload("note.txt", "text/plain", bytes("  <script>alert(1)</script>")));
        assertRefused(new AttachmentUpload("logo.png", "image/png", bytes("<svg onload=alert(1)>")));
        assertRefused(new AttachmentUpload("invoice.svg", "text/plain", bytes("plain")));
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused(new AttachmentUpload("empty.txt", "text/plain", new byte[0]));
    }

    @Test
    void pathsAndControlCharactersNeverReachTheStoredName() {
        assertThat(AttachmentPolicy.filename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.filename("evil\u0000\".txt")).isEqualTo("evil.txt");
        assertThat(AttachmentPolicy.filename("..")).isEqualTo("attachment");
    }

    private void assertRefused(AttachmentUpload upload) {
        assertThatThrownBy(() -> policy.check(upload)).isInstanceOf(InvalidInputException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
