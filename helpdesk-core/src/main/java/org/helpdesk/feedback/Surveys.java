package org.helpdesk.feedback;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.customer.CustomerId;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction surveys: invitations with single-use, expiring links, and their answers. A link is
 * rejected when its token is unknown (tampered), expired or already used.
 */
@Service
public class Surveys {

    public static final int COMMENT_MAX = 5000;

    private final JdbcClient jdbc;
    private final Feedback feedback;
    private final FeedbackProperties settings;
    private final Clock clock;

    public Surveys(JdbcClient jdbc, Feedback feedback, FeedbackProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.feedback = feedback;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Creates one invitation per survey kind configured for the ticket's channel; the links are returned, never
     * stored.
     */
    @Transactional
    public List<SurveyLink> invite(Ticket ticket, String language) {
        return settings.surveyKindsFor(ticket.classification().channel()).stream()
                .map(kind -> invite(ticket, kind, language))
                .toList();
    }

    private SurveyLink invite(Ticket ticket, SurveyKind kind, String language) {
        SurveyToken token = SurveyToken.random();
        Instant now = clock.instant();
        Instant expires = now.plus(settings.linkValidity());
        jdbc.sql("""
                        insert into survey_invitation (id, ticket_id, customer_id, kind, token_hash, language,
                                                       created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        ticket.id().value(),
                        ticket.customerId().value(),
                        kind.name(),
                        token.hash(),
                        language,
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        return new SurveyLink(ticket.number(), ticket.customerEmail(), kind, language, link(token), expires);
    }

    private URI link(SurveyToken token) {
        String base = settings.publicBaseUrl().toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "survey/" + token.value());
    }

    /** The invitation behind a link, whatever its state; empty for a token we never issued. */
    public Optional<SurveyInvitation> find(String token) {
        return SurveyToken.parse(token).flatMap(t -> byHash(t.hash(), false));
    }

    /** Stores the answer to an open invitation; anything else is refused and stores nothing. */
    @Transactional
    public Answer answer(String token, int score, @Nullable String comment) {
        Optional<SurveyInvitation> found = SurveyToken.parse(token).flatMap(t -> byHash(t.hash(), true));
        if (found.isEmpty()) {
            return new Answer(Answer.Outcome.UNKNOWN, null);
        }
        SurveyInvitation invitation = found.get();
        switch (invitation.state(clock.instant())) {
            case ANSWERED:
                return new Answer(Answer.Outcome.ALREADY_ANSWERED, invitation);
            case EXPIRED:
                return new Answer(Answer.Outcome.EXPIRED, invitation);
            default:
                break;
        }
        if (!invitation.kind().accepts(score)) {
            return new Answer(Answer.Outcome.INVALID_SCORE, invitation);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            text = text.substring(0, COMMENT_MAX);
        }
        feedback.recordAnswer(invitation, score, text);
        jdbc.sql("update survey_invitation set answered_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), invitation.id())
                .update();
        return new Answer(Answer.Outcome.STORED, invitation);
    }

    private Optional<SurveyInvitation> byHash(String hash, boolean lock) {
        return jdbc.sql("""
                        select i.*, t.number from survey_invitation i join ticket t on t.id = i.ticket_id
                         where i.token_hash = ?""" + (lock ? " for update of i" : ""))
                .param(hash)
                .query(Surveys::invitation)
                .optional();
    }

    private static SurveyInvitation invitation(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new SurveyInvitation(
                rs.getObject("id", UUID.class),
                new TicketId(rs.getObject("ticket_id", UUID.class)),
                rs.getLong("number"),
                new CustomerId(rs.getObject("customer_id", UUID.class)),
                SurveyKind.valueOf(rs.getString("kind")),
                rs.getString("language"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                answered == null ? null : answered.toInstant());
    }

    /** What happened to an answer, and the invitation it was for (absent for an unknown link). */
    public record Answer(Outcome outcome, @Nullable SurveyInvitation invitation) {

        public enum Outcome {
            STORED,
            ALREADY_ANSWERED,
            EXPIRED,
            UNKNOWN,
            INVALID_SCORE
        }
    }
}
