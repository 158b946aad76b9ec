package org.helpdesk.ticket.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.AttachmentContent;
import org.helpdesk.ticket.AttachmentUpload;
import org.helpdesk.ticket.AuthorType;
import org.helpdesk.ticket.Message;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.TicketId;
import org.helpdesk.ticket.TicketSettings;
import org.helpdesk.ticket.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The messages and attachments of tickets. Messages are never edited or deleted, only moved on merge and split. */
@Component
public class Conversation {

    private static final String ATTACHMENT_COLUMNS = """
            id, ticket_id, message_id, filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;
    private final AttachmentPolicy policy;

    Conversation(JdbcClient jdbc, TicketSettings settings) {
        this.jdbc = jdbc;
        this.policy = new AttachmentPolicy(settings);
    }

    /** Adds a message with its files to the ticket being changed, and applies what it means for the workflow. */
    public Message post(
            TicketState ticket,
            MessageDraft.Valid draft,
            List<AttachmentUpload> files,
            String actor,
            String customerName,
            @Nullable String html,
            Instant now) {
        List<AttachmentPolicy.Checked> checked =
                files.stream().map(policy::check).toList();
        String type;
        int mark = ticket.changes.size(); // the message comes first in the history, then what it set off
        if (draft.from() == AuthorType.CUSTOMER) {
            ticket.customerWrote(now);
            type = "CUSTOMER_WROTE";
        } else if (draft.visibility() == Visibility.PUBLIC) {
            ticket.agentReplied(now);
            type = "REPLIED";
        } else {
            type = "NOTE_ADDED";
        }
        UUID id = UUID.randomUUID();
        String author = draft.from() == AuthorType.CUSTOMER ? customerName : actor;
        jdbc.sql("""
                        insert into ticket_message (id, ticket_id, visibility, author_type, author, body, body_html,
                                                    created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ticket.id.value(),
                        draft.visibility().name(),
                        draft.from().name(),
                        author,
                        draft.body(),
                        html,
                        Timestamp.from(now))
                .update();
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentPolicy.Checked file : checked) {
            attachments.add(store(ticket.id, id, file, actor, now));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("field", "conversation");
        data.put("messageId", id.toString());
        data.put("visibility", draft.visibility().name());
        if (!attachments.isEmpty()) {
            data.put("attachments", attachments.size());
        }
        ticket.changes.add(mark, new Change(type, data));
        return new Message(
                id, ticket.id, draft.visibility(), draft.from(), author, draft.body(), now, attachments, html);
    }

    /** Attaches a file to the ticket itself, outside any message. */
    public Attachment attach(TicketState ticket, AttachmentUpload upload, String actor, Instant now) {
        Attachment attachment = store(ticket.id, null, policy.check(upload), actor, now);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("field", "attachments");
        data.put("filename", attachment.filename());
        data.put("attachmentId", attachment.id().toString());
        ticket.changes.add(new Change("ATTACHMENT_ADDED", data));
        return attachment;
    }

    private Attachment store(
            TicketId ticket, @Nullable UUID message, AttachmentPolicy.Checked file, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ticket_attachment (id, ticket_id, message_id, filename, content_type, size_bytes,
                                                       sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        ticket.value(),
                        message,
                        file.filename(),
                        file.contentType(),
                        file.content().length,
                        file.sha256(),
                        file.content(),
                        actor,
                        Timestamp.from(now))
                .update();
        return new Attachment(
                id,
                ticket,
                message,
                file.filename(),
                file.contentType(),
                file.content().length,
                file.sha256(),
                actor,
                now);
    }

    public List<Message> of(TicketId ticket, boolean withNotes) {
        Map<UUID, List<Attachment>> files = new HashMap<>();
        for (Attachment a : attachments(ticket)) {
            if (a.messageId() != null) {
                files.computeIfAbsent(a.messageId(), k -> new ArrayList<>()).add(a);
            }
        }
        return jdbc.sql("select * from ticket_message where ticket_id = ?"
                        + (withNotes ? "" : " and visibility = 'PUBLIC'") + " order by created_at, id")
                .param(ticket.value())
                .query((rs, n) -> message(rs, files))
                .list();
    }

    public List<Attachment> attachments(TicketId ticket) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS
                        + " from ticket_attachment where ticket_id = ? order by uploaded_at")
                .param(ticket.value())
                .query(Conversation::attachment)
                .list();
    }

    public Optional<AttachmentContent> content(UUID attachmentId) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS + ", content from ticket_attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> new AttachmentContent(attachment(rs, n), rs.getBytes("content")))
                .optional();
    }

    /** Moves the whole conversation of a merged ticket to the ticket it was merged into. */
    void moveAll(TicketId from, TicketId to) {
        jdbc.sql("update ticket_message set ticket_id = ? where ticket_id = ?")
                .params(to.value(), from.value())
                .update();
        jdbc.sql("update ticket_attachment set ticket_id = ? where ticket_id = ?")
                .params(to.value(), from.value())
                .update();
        // The work spent on the duplicate was spent on the case, which the ticket merged into carries on.
        jdbc.sql("update ticket_work_log set ticket_id = ? where ticket_id = ?")
                .params(to.value(), from.value())
                .update();
    }

    /** Moves the chosen messages (and their files) to a ticket split off; all must belong to {@code from}. */
    List<Message> move(TicketId from, List<UUID> messageIds, TicketId to) {
        List<Message> chosen =
                of(from, true).stream().filter(m -> messageIds.contains(m.id())).toList();
        if (chosen.isEmpty() || chosen.size() != messageIds.stream().distinct().count()) {
            throw InvalidInputException.of("messageIds", "unknown_value", "choose messages of this ticket");
        }
        UUID[] ids = messageIds.stream().distinct().toArray(UUID[]::new);
        jdbc.sql("update ticket_message set ticket_id = ? where id = any(?)")
                .params(to.value(), ids)
                .update();
        jdbc.sql("update ticket_attachment set ticket_id = ? where message_id = any(?)")
                .params(to.value(), ids)
                .update();
        return chosen;
    }

    private static Message message(ResultSet rs, Map<UUID, List<Attachment>> files) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Message(
                id,
                new TicketId(rs.getObject("ticket_id", UUID.class)),
                Visibility.valueOf(rs.getString("visibility")),
                AuthorType.valueOf(rs.getString("author_type")),
                rs.getString("author"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                files.getOrDefault(id, List.of()),
                rs.getString("body_html"));
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getObject("id", UUID.class),
                new TicketId(rs.getObject("ticket_id", UUID.class)),
                rs.getObject("message_id", UUID.class),
                rs.getString("filename"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
