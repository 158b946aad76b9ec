package org.helpdesk.channel.internal;

import java.util.List;
import org.helpdesk.ticket.AttachmentUpload;
import org.jspecify.annotations.Nullable;

/**
 * What the desk needs of one incoming mail.
 *
 * @param messageId its Message-ID, or one made from its content when it has none
 * @param sender who to answer: Reply-To if given, else From (lower case); null when neither is an address
 * @param text the plain text: the text part, or the HTML part turned into text
 * @param html the HTML part as received (sanitised only when shown), or null
 * @param threadIds the Message-IDs it answers: In-Reply-To, then References from newest
 * @param automatic why it was made by a machine (an out-of-office reply, a bounce), or null for a person's mail
 * @param loop whether it carries our own loop marker (a mail of ours that came back)
 */
record ParsedMail(
        String messageId,
        @Nullable String sender,
        @Nullable String senderName,
        String subject,
        String text,
        @Nullable String html,
        List<String> threadIds,
        List<AttachmentUpload> attachments,
        @Nullable Automatic automatic,
        boolean loop) {

    enum Automatic {
        AUTO_REPLY,
        BOUNCE
    }
}
