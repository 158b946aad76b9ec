package org.helpdesk.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.TextRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories and products/services, kept by administrators; entries are retired, never deleted. */
@Service
public class Catalog {

    public static final int NAME_MAX = 100;

    /** The two lists; each is its own table with the same shape. */
    public enum Kind {
        CATEGORY("category"),
        PRODUCT("product");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Catalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<CatalogEntry> all(Kind kind) {
        return jdbc.sql("select id, name, active from " + kind.table + " order by active desc, lower(name)")
                .query((rs, n) ->
                        new CatalogEntry(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active")))
                .list();
    }

    public List<CatalogEntry> active(Kind kind) {
        return all(kind).stream().filter(CatalogEntry::active).toList();
    }

    public Optional<CatalogEntry> find(Kind kind, UUID id) {
        return all(kind).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<CatalogEntry> findByName(Kind kind, String name) {
        return all(kind).stream()
                .filter(e -> e.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }

    @Transactional
    public CatalogEntry add(Kind kind, String name) {
        String valid = validName(name);
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("insert into " + kind.table
                        + " (id, name, created_at) values (?, ?, ?) on conflict ((lower(name))) do nothing")
                .params(id, valid, Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw InvalidInputException.of("name", "duplicate", "an entry with this name exists");
        }
        return new CatalogEntry(id, valid, true);
    }

    @Transactional
    public void rename(Kind kind, UUID id, String name) {
        String valid = validName(name);
        int updated;
        try {
            updated = jdbc.sql("update " + kind.table + " set name = ? where id = ?")
                    .params(valid, id)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw InvalidInputException.of("name", "duplicate", "an entry with this name exists");
        }
        if (updated == 0) {
            throw new NotFoundException(kind.table, id.toString());
        }
    }

    @Transactional
    public void setActive(Kind kind, UUID id, boolean active) {
        int updated = jdbc.sql("update " + kind.table + " set active = ? where id = ?")
                .params(active, id)
                .update();
        if (updated == 0) {
            throw new NotFoundException(kind.table, id.toString());
        }
    }

    private static String validName(String name) {
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.requireText("name", name, NAME_MAX, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return name.strip();
    }
}
