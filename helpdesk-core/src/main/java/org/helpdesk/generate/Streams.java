package org.helpdesk.generate;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyManager;

/** The rows of a chunk of tickets and of everything that hangs off them, one buffer per table. */
record Streams(
        CopyBuffer tickets,
        CopyBuffer messages,
        CopyBuffer events,
        CopyBuffer pauses,
        CopyBuffer escalations,
        CopyBuffer invitations,
        CopyBuffer feedback,
        CopyBuffer outbox) {

    static Streams create() {
        return new Streams(
                new CopyBuffer(
                        "ticket",
                        "id, subject, description, customer_id, priority, status, created_by, created_at, updated_at,"
                                + " updated_by, version, channel, type, category_id, product_id, team_id, assignee_id,"
                                + " language, tags, pending_reason, sla_policy_id, first_response_due, resolution_due,"
                                + " sla_due_at, first_response_breached, resolution_breached, paused_since,"
                                + " pending_seconds, first_response_at, resolved_at, closed_at, reopen_count,"
                                + " agent_reply_count, escalated, escalated_at, repeat_of_id, queued_at, picked_up_at"),
                new CopyBuffer("ticket_message", "id, ticket_id, visibility, author_type, author, body, created_at"),
                new CopyBuffer("ticket_event", "ticket_id, type, actor, occurred_at, data, ticket_version"),
                new CopyBuffer("ticket_pause", "ticket_id, status, reason, started_at, ended_at"),
                new CopyBuffer("ticket_escalation", "ticket_id, level, reason, escalated_by, escalated_at"),
                new CopyBuffer(
                        "survey_invitation",
                        "id, ticket_id, customer_id, kind, token_hash, language, created_at, expires_at, answered_at"),
                new CopyBuffer(
                        "feedback_item",
                        "id, source, kind, score, comment, language, product_id, ticket_id, customer_id, agent,"
                                + " received_at, content_hash, invitation_id"),
                new CopyBuffer("search_outbox", "entity_type, entity_id, enqueued_at, next_attempt_at"));
    }

    /** In an order the foreign keys allow. */
    List<CopyBuffer> all() {
        return List.of(tickets, messages, events, pauses, escalations, invitations, feedback, outbox);
    }

    void flush(CopyManager copy) throws SQLException {
        for (CopyBuffer buffer : all()) {
            buffer.flush(copy);
        }
    }
}
