package org.helpdesk.ticket;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ticket feature ({@code helpdesk.tickets.*}).
 *
 * @param reopenWindow how long after closing a ticket may still be reopened; later, a follow-up ticket is opened
 * @param repeatContactWindow a new ticket of the same customer on the same category/product within this time
 *     of an earlier one is a repeat contact
 * @param breachWarning how long before an SLA deadline a ticket shows as "about to breach"
 * @param slaCheckInterval how often running SLA clocks are checked for breaches (and resolved tickets for closing)
 * @param autoCloseAfter resolved tickets close by themselves this long after their resolution
 * @param attachmentMaxSize the largest file accepted; keep it below {@code spring.servlet.multipart.max-file-size}
 *     so an oversize file is always answered with a clear 413 problem
 * @param attachmentTypes content types accepted for attachments
 */
@ConfigurationProperties("helpdesk.tickets")
public record TicketSettings(
        @DefaultValue("14d") Duration reopenWindow,
        @DefaultValue("7d") Duration repeatContactWindow,
        @DefaultValue("1h") Duration breachWarning,
        @DefaultValue("60s") Duration slaCheckInterval,
        @DefaultValue("3d") Duration autoCloseAfter,
        @DefaultValue("8MB") DataSize attachmentMaxSize,

        @DefaultValue({
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/webp",
            "text/plain",
            "text/csv",
            "message/rfc822",
            "application/zip",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet"
        })
        List<String> attachmentTypes) {

    public TicketSettings {
        attachmentTypes = List.copyOf(attachmentTypes);
    }

    /** The defaults, for tests and tools that run without Spring. */
    public static TicketSettings defaults() {
        return new TicketSettings(
                Duration.ofDays(14),
                Duration.ofDays(7),
                Duration.ofHours(1),
                Duration.ofSeconds(60),
                Duration.ofDays(3),
                DataSize.ofMegabytes(8),
                List.of(
                        "application/pdf",
                        "image/png",
                        "image/jpeg",
                        "image/gif",
                        "image/webp",
                        "text/plain",
                        "text/csv"));
    }
}
