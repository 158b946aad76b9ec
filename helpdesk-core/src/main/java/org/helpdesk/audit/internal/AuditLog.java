package org.helpdesk.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.audit.AuditFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code audit_log}: appending under a lock, reading pages, reading the chain in order. */
@Repository
public class AuditLog {

    /** Key of the transaction-scoped advisory lock that serializes appends (any constant unique to us). */
    static final long APPEND_LOCK = 0x48_44_41_55_44_49_54L; // "HDAUDIT"

    private static final String COLUMNS =
            "id, occurred_at, actor, action, target_type, target_id, details::text as details, source, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction is appending, and keeps that right until this transaction ends. The
     * appender before us has committed by then, so the newest row read next is the real head of the chain.
     */
    public void lockForAppend() {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)")
                .param(APPEND_LOCK)
                .query(Integer.class)
                .single();
    }

    /** The hash of the newest entry, or {@link EntryHash#GENESIS} when the trail is empty. */
    public String headHash() {
        return jdbc.sql("select hash from audit_log order by id desc limit 1")
                .query(String.class)
                .optional()
                .orElse(EntryHash.GENESIS);
    }

    public long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('audit_log', 'id'))")
                .query(Long.class)
                .single();
    }

    public void insert(ChainEntry entry) {
        jdbc.sql("""
                        insert into audit_log (id, occurred_at, actor, action, target_type, target_id, details,
                                               source, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(
                        entry.id(),
                        OffsetDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC),
                        entry.actor(),
                        entry.action(),
                        entry.targetType(),
                        entry.targetId(),
                        CanonicalJson.write(entry.details()),
                        entry.source(),
                        entry.prevHash(),
                        entry.hash())
                .update();
    }

    /** Up to {@code limit} entries with an id above {@code afterId}, in chain order. */
    public List<ChainEntry> after(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where id > ? order by id limit ?")
                .params(afterId, limit)
                .query(AuditLog::map)
                .list();
    }

    public Optional<ChainEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where id = ?")
                .param(id)
                .query(AuditLog::map)
                .optional();
    }

    /** Entries matching {@code filter}, newest first. */
    public List<ChainEntry> page(AuditFilter filter, int page, int size) {
        Where where = Where.of(filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("select " + COLUMNS + " from audit_log" + where.sql() + " order by id desc limit ? offset ?")
                .params(params)
                .query(AuditLog::map)
                .list();
    }

    public long count(AuditFilter filter) {
        Where where = Where.of(filter);
        return jdbc.sql("select count(*) from audit_log" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private static ChainEntry map(ResultSet rs, int row) throws SQLException {
        return new ChainEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                CanonicalJson.parse(rs.getString("details")),
                rs.getString("source"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    /** The where-clause of a filter, with its parameters in order. */
    private record Where(String sql, List<Object> params) {

        static Where of(AuditFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            add(conditions, params, "lower(actor) = lower(?)", filter.actor());
            add(conditions, params, "action = ?", filter.action());
            add(conditions, params, "target_type = ?", filter.targetType());
            add(conditions, params, "lower(target_id) = lower(?)", filter.targetId());
            add(
                    conditions,
                    params,
                    "occurred_at >= ?",
                    filter.from() == null ? null : OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
            add(
                    conditions,
                    params,
                    "occurred_at < ?",
                    filter.to() == null ? null : OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
            return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
        }

        private static void add(
                List<String> conditions, List<Object> params, String condition, @Nullable Object value) {
            if (value != null) {
                conditions.add(condition);
                params.add(value);
            }
        }
    }
}
