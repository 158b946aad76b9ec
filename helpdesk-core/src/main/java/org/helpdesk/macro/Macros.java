package org.helpdesk.macro;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The canned responses administrators prepare for agents. */
@Service
public class Macros {

    private static final Set<String> VISIBILITIES = Set.of("PUBLIC", "INTERNAL");
    private static final Set<String> STATUSES = Set.of("OPEN", "PENDING", "RESOLVED");

    private final JdbcClient jdbc;
    private final Clock clock;

    Macros(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Macro> all() {
        return jdbc.sql("select * from macro order by active desc, lower(name)")
                .query(Macros::map)
                .list();
    }

    public List<Macro> active() {
        return all().stream().filter(Macro::active).toList();
    }

    public Optional<Macro> find(UUID id) {
        return jdbc.sql("select * from macro where id = ?")
                .param(id)
                .query(Macros::map)
                .optional();
    }

    public Macro get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("macro", id.toString()));
    }

    /** Creates a macro, or replaces the one with the given id. */
    @Transactional
    public Macro save(
            @Nullable UUID id,
            @Nullable String name,
            @Nullable String body,
            @Nullable String visibility,
            @Nullable String setStatus,
            boolean active) {
        String vis = visibility == null || visibility.isBlank()
                ? "PUBLIC"
                : visibility.strip().toUpperCase();
        String status = setStatus == null || setStatus.isBlank()
                ? null
                : setStatus.strip().toUpperCase();
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, 100, violations);
        TextRules.requireText("body", body, 20_000, violations);
        if (!VISIBILITIES.contains(vis)) {
            violations.add(new FieldViolation("visibility", "unknown_value", "must be PUBLIC or INTERNAL"));
        }
        if (status != null && !STATUSES.contains(status)) {
            violations.add(new FieldViolation("setStatus", "unknown_value", "must be OPEN, PENDING or RESOLVED"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID key = id == null ? UUID.randomUUID() : id;
        try {
            jdbc.sql("""
                            insert into macro (id, name, body, visibility, set_status, active, created_at)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (id) do update set name = excluded.name, body = excluded.body,
                                visibility = excluded.visibility, set_status = excluded.set_status,
                                active = excluded.active""")
                    .params(key, name.strip(), body.strip(), vis, status, active, Timestamp.from(clock.instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "a macro with this name exists");
        }
        return get(key);
    }

    private static Macro map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Macro(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("body"),
                rs.getString("visibility"),
                rs.getString("set_status"),
                rs.getBoolean("active"));
    }
}
