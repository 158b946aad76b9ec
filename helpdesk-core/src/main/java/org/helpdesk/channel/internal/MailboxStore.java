package org.helpdesk.channel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.channel.Mailbox;
import org.helpdesk.ticket.NamedRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of {@code mailbox}, with the names of their team and category. */
@Component
public class MailboxStore {

    private static final String SELECT = """
            select m.*, t.name as team_name, c.name as category_name
              from mailbox m left join team t on t.id = m.team_id left join category c on c.id = m.category_id""";

    private final JdbcClient jdbc;
    private final PasswordSeal seal;

    MailboxStore(JdbcClient jdbc, PasswordSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    public List<Mailbox> all() {
        return jdbc.sql(SELECT + " order by lower(m.name)")
                .query(MailboxStore::map)
                .list();
    }

    public Optional<Mailbox> find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = ?")
                .param(id)
                .query(MailboxStore::map)
                .optional();
    }

    public List<Mailbox> enabled() {
        return jdbc.sql(SELECT + " where m.enabled order by m.name")
                .query(MailboxStore::map)
                .list();
    }

    /** The stored password, opened. */
    public String password(UUID id) {
        byte[] sealed = jdbc.sql("select password_sealed from mailbox where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        return seal.open(sealed);
    }

    public List<String> addresses() {
        return jdbc.sql("select lower(address) from mailbox")
                .query(String.class)
                .list();
    }

    public void polled(UUID id, Instant at, @Nullable String error) {
        jdbc.sql("update mailbox set last_polled_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(at), error, id)
                .update();
    }

    private static Mailbox map(ResultSet rs, int row) throws SQLException {
        UUID team = rs.getObject("team_id", UUID.class);
        UUID category = rs.getObject("category_id", UUID.class);
        Timestamp polled = rs.getTimestamp("last_polled_at");
        return new Mailbox(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("address"),
                rs.getString("host"),
                rs.getInt("port"),
                Mailbox.MailSecurity.valueOf(rs.getString("security")),
                rs.getString("username"),
                rs.getBytes("password_sealed") != null,
                rs.getString("folder"),
                team == null ? null : new NamedRef(team, rs.getString("team_name")),
                category == null ? null : new NamedRef(category, rs.getString("category_name")),
                rs.getBoolean("enabled"),
                polled == null ? null : polled.toInstant(),
                rs.getString("last_error"),
                rs.getLong("version"));
    }
}
