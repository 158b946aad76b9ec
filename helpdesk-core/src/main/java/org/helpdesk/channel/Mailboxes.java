package org.helpdesk.channel;

import jakarta.mail.MessagingException;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helpdesk.channel.internal.ImapPoller;
import org.helpdesk.channel.internal.MailboxStore;
import org.helpdesk.channel.internal.PasswordSeal;
import org.helpdesk.shared.ConflictException;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes admins connect to the desk: kept, checked and polled on demand. */
@Service
public class Mailboxes {

    private final JdbcClient jdbc;
    private final MailboxStore store;
    private final PasswordSeal seal;
    private final ImapPoller poller;
    private final Clock clock;

    Mailboxes(JdbcClient jdbc, MailboxStore store, PasswordSeal seal, ImapPoller poller, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.seal = seal;
        this.poller = poller;
        this.clock = clock;
    }

    public List<Mailbox> all() {
        return store.all();
    }

    public Mailbox get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("mailbox", id.toString()));
    }

    @Transactional
    public Mailbox create(MailboxDraft draft) {
        MailboxDraft.Valid valid = draft.validate(true);
        refuseUnknown(valid);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                            insert into mailbox (id, name, address, host, port, security, username, password_sealed,
                                                 folder, team_id, category_id, enabled, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            valid.name(),
                            valid.address(),
                            valid.host(),
                            valid.port(),
                            valid.security().name(),
                            valid.username(),
                            seal.seal(valid.password()),
                            valid.folder(),
                            valid.teamId(),
                            valid.categoryId(),
                            valid.enabled(),
                            now,
                            now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "another mailbox has this name");
        }
        return get(id);
    }

    /** Changes a mailbox as it was at {@code version}; an empty password keeps the stored one. */
    @Transactional
    public Mailbox update(UUID id, long version, MailboxDraft draft) {
        MailboxDraft.Valid valid = draft.validate(false);
        Mailbox current = get(id);
        if (current.version() != version) {
            throw new ConflictException(
                    "The mailbox was changed by someone else; look at it again", current.version(), List.of());
        }
        refuseUnknown(valid);
        try {
            int updated = jdbc.sql("""
                            update mailbox set name = ?, address = ?, host = ?, port = ?, security = ?, username = ?,
                                               password_sealed = coalesce(?, password_sealed), folder = ?,
                                               team_id = ?, category_id = ?, enabled = ?, updated_at = ?,
                                               last_error = null, version = version + 1
                             where id = ? and version = ?""")
                    .params(
                            valid.name(),
                            valid.address(),
                            valid.host(),
                            valid.port(),
                            valid.security().name(),
                            valid.username(),
                            valid.password() == null ? null : seal.seal(valid.password()),
                            valid.folder(),
                            valid.teamId(),
                            valid.categoryId(),
                            valid.enabled(),
                            Timestamp.from(clock.instant()),
                            id,
                            version)
                    .update();
            if (updated == 0) {
                throw new ConflictException(
                        "The mailbox was changed by someone else; look at it again", get(id).version(), List.of());
            }
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "another mailbox has this name");
        }
        return get(id);
    }

    private void refuseUnknown(MailboxDraft.Valid valid) {
        List<FieldViolation> violations = new ArrayList<>();
        if (valid.teamId() != null && !exists("team", valid.teamId())) {
            violations.add(new FieldViolation("teamId", "invalid_id", "there is no such team"));
        }
        if (valid.categoryId() != null && !exists("category", valid.categoryId())) {
            violations.add(new FieldViolation("categoryId", "invalid_id", "there is no such category"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private boolean exists(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Removes a mailbox; the mail it brought in stays in the mail log. */
    @Transactional
    public void delete(UUID id) {
        get(id);
        jdbc.sql("update inbound_mail set mailbox_id = null where mailbox_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from mailbox where id = ?").param(id).update();
    }

    /** Tries to connect and log in now. */
    public ConnectionCheck check(UUID id) {
        Mailbox box = get(id);
        try {
            return new ConnectionCheck(true, poller.check(box), null);
        } catch (MessagingException | RuntimeException e) {
            return new ConnectionCheck(false, 0, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** Fetches new mail from the mailbox now instead of at the next poll; returns how many mails were new. */
    public int pollNow(UUID id) {
        return poller.pollQuietly(get(id));
    }

    /**
     * The outcome of a connection test: the unread count, or why it failed. Serializable: the page shows it after a
     * redirect, from the HTTP session, which lives in the database.
     */
    public record ConnectionCheck(
            boolean ok,
            int unread,
            @org.jspecify.annotations.Nullable String error) implements Serializable {}
}
