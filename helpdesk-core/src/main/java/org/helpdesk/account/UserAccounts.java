package org.helpdesk.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts, stored with password hashes only. */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from user_account where lower(username) = lower(?)")
                .param(username)
                .query(UserAccounts::map)
                .optional();
    }

    /** Creates the account unless one with that username exists; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, @Nullable String passwordHash, Set<Role> roles) {
        return jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, roles, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict ((lower(username))) do nothing""")
                        .params(
                                UUID.randomUUID(),
                                username,
                                displayName,
                                passwordHash,
                                roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                                Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /**
     * Creates or updates the account of someone who signed in through single sign-on: the identity provider is the
     * source of truth for their name, e-mail and roles. A new account gets no password hash (it cannot sign in locally); an
     * existing account keeps its password hash and enabled flag. Writes nothing when nothing changed.
     */
    @Transactional
    public void upsertFromSso(String username, String displayName, @Nullable String email, Set<Role> roles) {
        jdbc.sql("""
                        insert into user_account (id, username, display_name, password_hash, roles, created_at, email)
                        values (?, ?, ?, null, ?, ?, ?)
                        on conflict ((lower(username))) do update
                        set display_name = excluded.display_name, roles = excluded.roles, email = excluded.email
                        where user_account.display_name is distinct from excluded.display_name
                           or user_account.roles is distinct from excluded.roles
                           or user_account.email is distinct from excluded.email""")
                .params(
                        UUID.randomUUID(),
                        username,
                        displayName,
                        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        Timestamp.from(clock.instant()),
                        email)
                .update();
    }

    @Transactional
    public void changePassword(String username, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ? where lower(username) = lower(?)")
                .params(passwordHash, username)
                .update();
    }

    /**
     * Counts a wrong password for a local account. From the {@code threshold}-th consecutive failure on, the account
     * refuses sign-ins for {@code lockout}, doubled with each further failure up to {@code maxLockout}. One atomic
     * statement, so parallel guesses are all counted. Returns until when it is locked, if it is.
     */
    @Transactional
    public Optional<Instant> recordFailedSignIn(String username, int threshold, Duration lockout, Duration maxLockout) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update user_account
                           set failed_sign_ins = failed_sign_ins + 1,
                               locked_until = case when failed_sign_ins + 1 >= :threshold
                                   then cast(:now as timestamptz) + make_interval(secs => least(:max,
                                        :base * power(2, least(failed_sign_ins + 1 - :threshold, 30))))
                                   else locked_until end
                         where lower(username) = lower(:username)
                        returning locked_until""")
                .param("threshold", threshold)
                .param("now", Timestamp.from(now))
                .param("base", (double) lockout.toSeconds())
                .param("max", (double) maxLockout.toSeconds())
                .param("username", username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional()
                .flatMap(until -> until)
                .filter(until -> until.isAfter(now));
    }

    /** A successful sign-in clears the count of failures; writes nothing when there were none. */
    @Transactional
    public void recordSuccessfulSignIn(String username) {
        jdbc.sql("""
                        update user_account set failed_sign_ins = 0, locked_until = null
                         where lower(username) = lower(?) and (failed_sign_ins > 0 or locked_until is not null)""").param(username).update();
    }

    /** Sets the zone the person's pages show times in; {@code null} returns them to the organisation's zone. */
    @Transactional
    public void changeTimeZone(String username, @Nullable ZoneId zone) {
        int changed = jdbc.sql("update user_account set time_zone = ? where lower(username) = lower(?)")
                .params(zone == null ? null : zone.getId(), username)
                .update();
        if (changed == 0) {
            throw new NotFoundException("account", username);
        }
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(roles::add);
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                roles,
                rs.getBoolean("enabled"),
                zone(rs.getString("time_zone")),
                Optional.ofNullable(rs.getTimestamp("locked_until"))
                        .map(Timestamp::toInstant)
                        .orElse(null),
                rs.getString("email"));
    }

    private static @Nullable ZoneId zone(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null; // a zone the JDK no longer knows: fall back to the organisation's zone
        }
    }
}
