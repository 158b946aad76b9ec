package org.helpdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mail that is not about a ticket (scheduled reports), queued in the caller's transaction in the same outbox as the
 * customers' mail: sent by the same worker, retried until the SMTP server takes it, never dropped.
 */
public interface MailQueue {

    /** Queues a mail of {@code kind} in {@code language} (ru, bg, en) to one recipient, with its files. */
    UUID enqueue(
            MailKind kind,
            String recipient,
            String language,
            Map<String, String> values,
            List<MailAttachment> attachments);
}
