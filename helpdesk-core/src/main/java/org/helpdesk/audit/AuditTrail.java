package org.helpdesk.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.helpdesk.audit.internal.AuditLog;
import org.helpdesk.audit.internal.CanonicalJson;
import org.helpdesk.audit.internal.ChainCheck;
import org.helpdesk.audit.internal.ChainEntry;
import org.helpdesk.audit.internal.EntryHash;
import org.helpdesk.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tamper-evident audit trail: records who did what, when and from where, lets auditors browse it,
 * and checks that nothing in it was changed, removed or inserted. See the package documentation.
 */
@Service
public class AuditTrail {

    public static final int MAX_PAGE_SIZE = 200;
    private static final int VERIFY_BATCH = 1000;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final AuditLog log;
    private final Clock clock;
    private final ObjectProvider<ChangeSource> sources;
    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicReference<AuditVerification> lastVerification = new AtomicReference<>();

    AuditTrail(AuditLog log, Clock clock, ObjectProvider<ChangeSource> sources) {
        this.log = log;
        this.clock = clock;
        this.sources = sources;
    }

    /**
     * Appends {@code entry} to the trail, in the caller's transaction when there is one: the entry is kept
     * exactly when the change it describes is. Appends are serialized across all app instances, so the
     * chain never forks; the lock is held until the transaction ends, so keep recording transactions short.
     */
    @Transactional
    public AuditRecord record(AuditEntry entry) {
        ObjectNode details = CanonicalJson.tree(entry.details());
        String source = CanonicalJson.storable(entry.source() == null ? currentSource() : entry.source());
        log.lockForAppend();
        ChainEntry unsigned = new ChainEntry(
                log.nextId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                CanonicalJson.storable(entry.actor()),
                entry.action(),
                entry.targetType(),
                entry.targetId() == null ? null : CanonicalJson.storable(entry.targetId()),
                details,
                source,
                log.headHash(),
                "");
        ChainEntry signed = withHash(unsigned, EntryHash.of(unsigned));
        log.insert(signed);
        return toRecord(signed);
    }

    /** Where the current change comes from: the caller's address during a web request, else {@code system}. */
    public String currentSource() {
        ChangeSource source = sources.getIfAvailable();
        return source == null ? ChangeSource.SYSTEM : source.current();
    }

    /**
     * Recomputes every hash from the stored content, oldest first, and reports the first entry that does
     * not fit. Reads one consistent snapshot, so entries appended meanwhile neither disturb nor join it.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        ChainCheck check = new ChainCheck();
        long afterId = 0;
        List<ChainEntry> batch;
        do {
            batch = log.after(afterId, VERIFY_BATCH);
            for (ChainEntry entry : batch) {
                if (check.accept(entry).isPresent()) {
                    return remember(check);
                }
                afterId = entry.id();
            }
        } while (batch.size() == VERIFY_BATCH);
        return remember(check);
    }

    /** The result of the latest {@link #verify()} run by this app instance, if any. */
    public Optional<AuditVerification> lastVerification() {
        return Optional.ofNullable(lastVerification.get());
    }

    /** Entries matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public AuditPage find(AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw InvalidInputException.of(
                    "page", "out_of_range", "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<AuditRecord> items =
                log.page(filter, page, size).stream().map(this::toRecord).toList();
        return new AuditPage(items, page, size, log.count(filter));
    }

    private AuditVerification remember(ChainCheck check) {
        Instant now = clock.instant();
        AuditVerification result = check.broken()
                .map(b ->
                        new AuditVerification(false, check.checked(), b.id(), b.problem(), b.reason(), null, null, now))
                .orElseGet(() -> new AuditVerification(
                        true,
                        check.checked(),
                        null,
                        null,
                        null,
                        check.lastId(),
                        check.lastId() == null ? null : check.lastHash(),
                        now));
        lastVerification.set(result);
        return result;
    }

    private AuditRecord toRecord(ChainEntry e) {
        JsonNode details = e.details();
        return new AuditRecord(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.targetType(),
                e.targetId(),
                json.convertValue(details, MAP),
                e.source(),
                e.prevHash(),
                e.hash());
    }

    private static ChainEntry withHash(ChainEntry e, String hash) {
        return new ChainEntry(
                e.id(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.details(),
                e.source(),
                e.prevHash(),
                hash);
    }
}
