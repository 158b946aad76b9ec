package org.helpdesk.team;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams and their members. Teams are retired rather than deleted, because tickets keep pointing at them. */
@Service
public class Teams {

    private static final String SELECT = """
            select t.id, t.name, t.description, t.active, t.hourly_cost,
                   (select count(*) from team_member m where m.team_id = t.id) as members
              from team t""";

    /** The largest hourly cost the column holds (numeric(12, 2)). */
    public static final BigDecimal MAX_COST = new BigDecimal("9999999999.99");

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final Clock clock;

    Teams(JdbcClient jdbc, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    public List<Team> all() {
        return jdbc.sql(SELECT + " order by t.active desc, lower(t.name)")
                .query(Teams::map)
                .list();
    }

    public List<Team> active() {
        return all().stream().filter(Team::active).toList();
    }

    public Optional<Team> find(TeamId id) {
        return jdbc.sql(SELECT + " where t.id = ?")
                .param(id.value())
                .query(Teams::map)
                .optional();
    }

    public Team get(TeamId id) {
        return find(id).orElseThrow(() -> new NotFoundException("team", id.toString()));
    }

    @Transactional
    public Team create(String name, @Nullable String description) {
        validate(name, description);
        TeamId id = new TeamId(UUID.randomUUID());
        int inserted = jdbc.sql("""
                        insert into team (id, name, description, created_at) values (?, ?, ?, ?)
                        on conflict ((lower(name))) do nothing""")
                .params(id.value(), name.strip(), blankToNull(description), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw InvalidInputException.of("name", "duplicate", "a team with this name exists");
        }
        return get(id);
    }

    @Transactional
    public void update(TeamId id, String name, @Nullable String description, boolean active) {
        validate(name, description);
        try {
            if (jdbc.sql("update team set name = ?, description = ?, active = ? where id = ?")
                            .params(name.strip(), blankToNull(description), active, id.value())
                            .update()
                    == 0) {
                throw new NotFoundException("team", id.toString());
            }
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "a team with this name exists");
        }
    }

    /**
     * Sets what an hour of the team's work costs (null: unknown, so its work is not costed); at most two decimals,
     * not negative. Returns the cost it had before, for the audit trail.
     */
    @Transactional
    public @Nullable BigDecimal setHourlyCost(TeamId id, @Nullable BigDecimal cost) {
        if (cost != null
                && (cost.signum() < 0 || cost.stripTrailingZeros().scale() > 2 || cost.compareTo(MAX_COST) > 0)) {
            throw InvalidInputException.of(
                    "hourlyCost",
                    "out_of_range",
                    "must be 0 to " + MAX_COST.toPlainString() + " with at most 2 decimals");
        }
        BigDecimal before = jdbc.sql("select hourly_cost from team where id = ? for update")
                .param(id.value())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBigDecimal(1)))
                .optional()
                .orElseThrow(() -> new NotFoundException("team", id.toString()))
                .orElse(null);
        jdbc.sql("update team set hourly_cost = ? where id = ?")
                .params(cost, id.value())
                .update();
        return before;
    }

    public List<TeamMember> members(TeamId id) {
        return jdbc.sql("""
                        select u.id, u.username, u.display_name from team_member m
                          join user_account u on u.id = m.user_id
                         where m.team_id = ? order by lower(u.display_name)""")
                .param(id.value())
                .query((rs, n) -> new TeamMember(
                        rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    /** Adds a person to a team; adding someone twice changes nothing. */
    @Transactional
    public void addMember(TeamId id, String username) {
        get(id);
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> InvalidInputException.of("username", "unknown_value", "no such user"));
        jdbc.sql("insert into team_member (team_id, user_id, added_at) values (?, ?, ?) on conflict do nothing")
                .params(id.value(), account.id(), Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void removeMember(TeamId id, UUID userId) {
        jdbc.sql("delete from team_member where team_id = ? and user_id = ?")
                .params(id.value(), userId)
                .update();
    }

    /**
     * Makes this person a member of exactly the teams named (case-insensitively), as single sign-on reports their
     * groups; names of no team here are ignored. Returns the names of the teams joined and left.
     */
    @Transactional
    public MembershipChange syncMemberships(UUID userId, Collection<String> teamNames) {
        Set<String> wanted =
                teamNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> joined = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Set<UUID> current = new HashSet<>();
        teamsOf(userId).forEach(team -> current.add(team.value()));
        for (Team team : all()) {
            boolean member = current.contains(team.id().value());
            boolean named = wanted.contains(team.name().toLowerCase(Locale.ROOT));
            if (named && !member) {
                jdbc.sql("insert into team_member (team_id, user_id, added_at) values (?, ?, ?) on conflict do nothing")
                        .params(team.id().value(), userId, Timestamp.from(clock.instant()))
                        .update();
                joined.add(team.name());
            } else if (!named && member) {
                removeMember(team.id(), userId);
                left.add(team.name());
            }
        }
        return new MembershipChange(joined, left);
    }

    /** Teams a person joined and left in one change. */
    public record MembershipChange(List<String> joined, List<String> left) {

        public boolean none() {
            return joined.isEmpty() && left.isEmpty();
        }
    }

    /** The teams this person works in. */
    public List<TeamId> teamsOf(UUID userId) {
        return jdbc.sql("select team_id from team_member where user_id = ?")
                .param(userId)
                .query((rs, n) -> new TeamId(rs.getObject("team_id", UUID.class)))
                .list();
    }

    /** Everyone who may be given tickets: enabled agents and administrators. */
    public List<TeamMember> assignableAgents() {
        return jdbc.sql("""
                        select id, username, display_name from user_account
                         where enabled and (roles like '%AGENT%' or roles like '%ADMIN%')
                         order by lower(display_name)""")
                .query((rs, n) -> new TeamMember(
                        rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name")))
                .list();
    }

    private static void validate(String name, @Nullable String description) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        if (description != null && description.length() > 500) {
            violations.add(new FieldViolation("description", "too_long", "must be at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Team map(ResultSet rs, int row) throws SQLException {
        return new Team(
                new TeamId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getInt("members"),
                rs.getBigDecimal("hourly_cost"));
    }
}
