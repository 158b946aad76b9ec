package org.helpdesk.web.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.channel.InboundMail;
import org.helpdesk.channel.MailTemplate;
import org.helpdesk.channel.Mailbox;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the administrator's changes to the mail channel into the audit trail, with the facts an auditor needs and
 * never a password. Not the request-level {@code @Audited}: that copies form parameters, and the mailbox form
 * carries the mailbox password.
 */
@Component
class MailAudit {

    private final AuditTrail trail;

    MailAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void mailboxCreated(String actor, String channel, Mailbox box) {
        record(
                actor,
                "MAILBOX_CREATED",
                "mailbox",
                box.id().toString(),
                Map.of("channel", channel, "after", facts(box)));
    }

    void mailboxChanged(String actor, String channel, Mailbox before, Mailbox after, boolean passwordChanged) {
        record(
                actor,
                "MAILBOX_CHANGED",
                "mailbox",
                after.id().toString(),
                Map.of(
                        "channel",
                        channel,
                        "before",
                        facts(before),
                        "after",
                        facts(after),
                        "passwordChanged",
                        passwordChanged));
    }

    void mailboxDeleted(String actor, String channel, Mailbox box) {
        record(
                actor,
                "MAILBOX_DELETED",
                "mailbox",
                box.id().toString(),
                Map.of("channel", channel, "before", facts(box)));
    }

    void mailboxFetched(String actor, String channel, Mailbox box, int stored) {
        record(
                actor,
                "MAILBOX_FETCHED",
                "mailbox",
                box.id().toString(),
                Map.of("channel", channel, "name", box.name(), "stored", stored));
    }

    void inboundMoved(String actor, String channel, String action, InboundMail before, InboundMail after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        details.put("from", before.status());
        details.put("to", after.status());
        details.put("messageId", before.messageId());
        if (before.error() != null) {
            details.put("error", before.error());
        }
        record(actor, action, "inbound_mail", before.id().toString(), details);
    }

    void templateSaved(String actor, String channel, MailTemplate before, MailTemplate after) {
        record(
                actor,
                "MAIL_TEMPLATE_CHANGED",
                "mail_template",
                after.kind() + "/" + after.language(),
                Map.of(
                        "channel",
                        channel,
                        "before",
                        Map.of("subject", before.subject(), "body", before.body(), "custom", before.custom()),
                        "after",
                        Map.of("subject", after.subject(), "body", after.body())));
    }

    void templateReset(String actor, String channel, MailTemplate before) {
        record(
                actor,
                "MAIL_TEMPLATE_RESET",
                "mail_template",
                before.kind() + "/" + before.language(),
                Map.of(
                        "channel",
                        channel,
                        "before",
                        Map.of("subject", before.subject(), "body", before.body(), "custom", before.custom())));
    }

    private void record(String actor, String action, String targetType, String targetId, Map<String, ?> details) {
        trail.record(AuditEntry.of(actor, action, targetType, targetId, details));
    }

    private static Map<String, @Nullable Object> facts(Mailbox box) {
        Map<String, @Nullable Object> facts = new LinkedHashMap<>();
        facts.put("name", box.name());
        facts.put("address", box.address());
        facts.put("host", box.host());
        facts.put("port", box.port());
        facts.put("security", box.security().name());
        facts.put("username", box.username());
        facts.put("folder", box.folder());
        facts.put("team", box.team() == null ? null : box.team().name());
        facts.put("category", box.category() == null ? null : box.category().name());
        facts.put("enabled", box.enabled());
        return facts;
    }
}
