package org.helpdesk.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.ForbiddenException;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches people keep by name. Everyone who may search may keep their own (auditors too: a saved search is a
 * preference, not a change to tickets); only the owner changes or deletes one, and an administrator may delete
 * any. Others' private searches are invisible (404), others' shared ones visible but not theirs to change (403).
 * Creating, changing and deleting are recorded in the audit trail.
 */
@Service
public class SavedSearches {

    public static final int MAX_NAME = 100;
    public static final int MAX_FILTERS = 4000;
    private static final String KIND = "saved search";

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;

    SavedSearches(JdbcClient jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    /** The user's own searches, then those others shared, each by name. */
    public List<SavedSearch> visibleTo(String username) {
        return jdbc.sql("""
                        select * from saved_search
                         where owner = ? or shared
                         order by owner <> ?, lower(name), owner""")
                .params(username, username)
                .query(SavedSearches::savedSearch)
                .list();
    }

    /** One of the searches {@link #visibleTo(String) visible to} {@code username}. */
    public SavedSearch get(UUID id, String username) {
        return find(id).filter(s -> s.ownedBy(username) || s.shared())
                .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
    }

    @Transactional
    public SavedSearch save(String owner, String name, SearchDefinition definition, boolean shared) {
        validate(name, definition);
        Instant now = now();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into saved_search (id, owner, name, query, filters, sort, shared, created_at,
                                                      updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            owner,
                            name.strip(),
                            definition.query(),
                            definition.filters(),
                            sort(definition),
                            shared,
                            Timestamp.from(now),
                            Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        SavedSearch saved = find(id).orElseThrow();
        trail.record(
                AuditEntry.of(owner, AuditActions.SAVED_SEARCH_CREATED, "saved_search", id.toString(), details(saved)));
        return saved;
    }

    /** Renames, redefines or (un)shares the owner's search. */
    @Transactional
    public SavedSearch update(UUID id, String actor, String name, SearchDefinition definition, boolean shared) {
        SavedSearch before = get(id, actor);
        if (!before.ownedBy(actor)) {
            throw new ForbiddenException("Only its owner may change a saved search");
        }
        validate(name, definition);
        try {
            jdbc.sql("""
                            update saved_search set name = ?, query = ?, filters = ?, sort = ?, shared = ?, updated_at = ?
                             where id = ?""")
                    .params(
                            name.strip(),
                            definition.query(),
                            definition.filters(),
                            sort(definition),
                            shared,
                            Timestamp.from(now()),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        SavedSearch after = find(id).orElseThrow();
        Map<String, Object> details = details(after);
        details.put("before", details(before));
        trail.record(AuditEntry.of(actor, AuditActions.SAVED_SEARCH_CHANGED, "saved_search", id.toString(), details));
        return after;
    }

    /** Deletes the actor's own search, or anyone's when {@code mayDeleteAny} (administrators). */
    @Transactional
    public void delete(UUID id, String actor, boolean mayDeleteAny) {
        SavedSearch search = find(id).filter(s -> mayDeleteAny || s.ownedBy(actor) || s.shared())
                .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
        if (!mayDeleteAny && !search.ownedBy(actor)) {
            throw new ForbiddenException("Only its owner or an administrator may delete a saved search");
        }
        jdbc.sql("delete from saved_search where id = ?").param(id).update();
        trail.record(AuditEntry.of(
                actor, AuditActions.SAVED_SEARCH_DELETED, "saved_search", id.toString(), details(search)));
    }

    private Optional<SavedSearch> find(UUID id) {
        return jdbc.sql("select * from saved_search where id = ?")
                .param(id)
                .query(SavedSearches::savedSearch)
                .optional();
    }

    private static void validate(String name, SearchDefinition definition) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name.strip(), MAX_NAME, violations);
        if (definition.query().length() > TicketSearch.MAX_QUERY_LENGTH) {
            violations.add(new FieldViolation(
                    "q", "too_long", "must be at most " + TicketSearch.MAX_QUERY_LENGTH + " characters"));
        }
        if (definition.filters().length() > MAX_FILTERS) {
            violations.add(new FieldViolation("search", "too_long", "must be at most " + MAX_FILTERS + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static InvalidInputException nameTaken() {
        return InvalidInputException.of("name", "duplicate", "you already have a saved search with this name");
    }

    private static Map<String, Object> details(SavedSearch search) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("owner", search.owner());
        details.put("name", search.name());
        details.put("query", search.definition().query());
        details.put("filters", search.definition().filters());
        String sort = sort(search.definition());
        details.put("sort", sort == null ? "" : sort);
        details.put("shared", search.shared());
        return details;
    }

    private static @Nullable String sort(SearchDefinition definition) {
        return definition.sort() == null ? null : definition.sort().param();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static SavedSearch savedSearch(ResultSet rs, int row) throws SQLException {
        String sort = rs.getString("sort");
        return new SavedSearch(
                rs.getObject("id", UUID.class),
                rs.getString("owner"),
                rs.getString("name"),
                new SearchDefinition(rs.getString("query"), rs.getString("filters"), SearchSort.parse(sort)),
                rs.getBoolean("shared"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
