package org.helpdesk.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.shared.FieldViolation;
import org.helpdesk.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets KPIs are judged against: each KPI's default ({@link Kpi#defaultTarget()}) unless an administrator
 * set another, or none, in table {@code kpi_target}.
 */
@Service
public class KpiTargets {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    private final JdbcClient jdbc;
    private final Clock clock;

    KpiTargets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every KPI of the catalogue with its target, in catalogue order. */
    public List<TargetSetting> all() {
        Map<Kpi, Optional<Target>> custom = custom();
        return Arrays.stream(Kpi.values())
                .map(kpi -> custom.containsKey(kpi)
                        ? new TargetSetting(kpi, custom.get(kpi).orElse(null), kpi.defaultTarget(), true)
                        : new TargetSetting(kpi, kpi.defaultTarget(), kpi.defaultTarget(), false))
                .toList();
    }

    /** The targets in force; KPIs without one are absent. */
    public Map<Kpi, Target> inForce() {
        Map<Kpi, Target> targets = new EnumMap<>(Kpi.class);
        for (TargetSetting setting : all()) {
            if (setting.target() != null) {
                targets.put(setting.kpi(), setting.target());
            }
        }
        return targets;
    }

    public @Nullable Target target(Kpi kpi) {
        return inForce().get(kpi);
    }

    /** Sets a KPI's target; {@code null} means the KPI has no target. */
    @Transactional
    public void set(Kpi kpi, @Nullable Target target, String actor) {
        if (target != null) {
            validate(kpi, target);
        }
        jdbc.sql("""
                        insert into kpi_target (kpi, comparison, target, amber_tolerance, updated_by, updated_at)
                        values (:kpi, :comparison, :target, :tolerance, :actor, :at)
                        on conflict (kpi) do update set comparison = excluded.comparison, target = excluded.target,
                            amber_tolerance = excluded.amber_tolerance, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .param("kpi", kpi.id())
                .param("comparison", target == null ? null : target.comparison().name())
                .param("target", target == null ? null : target.value())
                .param("tolerance", target == null ? null : target.amberTolerance())
                .param("actor", actor)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** Back to the KPI's default target. */
    @Transactional
    public void reset(Kpi kpi) {
        jdbc.sql("delete from kpi_target where kpi = ?").param(kpi.id()).update();
    }

    private Map<Kpi, Optional<Target>> custom() {
        Map<Kpi, Optional<Target>> custom = new HashMap<>();
        jdbc.sql("select kpi, comparison, target, amber_tolerance from kpi_target")
                .query((ResultSet rs) -> {
                    Optional<Kpi> kpi = Kpi.byId(rs.getString("kpi"));
                    if (kpi.isPresent()) {
                        custom.put(kpi.get(), Optional.ofNullable(target(rs)));
                    }
                });
        return custom;
    }

    private static @Nullable Target target(ResultSet rs) throws SQLException {
        String comparison = rs.getString("comparison");
        if (comparison == null) {
            return null;
        }
        return new Target(
                Comparison.valueOf(comparison), rs.getBigDecimal("target"), rs.getBigDecimal("amber_tolerance"));
    }

    private static void validate(Kpi kpi, Target target) {
        List<FieldViolation> violations = new ArrayList<>();
        BigDecimal min = kpi.unit() == Kpi.Unit.SCORE ? LIMIT.negate() : BigDecimal.ZERO;
        BigDecimal max = kpi.unit() == Kpi.Unit.PERCENT ? BigDecimal.valueOf(100) : LIMIT;
        if (target.value().compareTo(min) < 0 || target.value().compareTo(max) > 0) {
            violations.add(new FieldViolation("target", "out_of_range", "must be " + min + ".." + max));
        }
        if (target.value().scale() > 4 || target.amberTolerance().scale() > 4) {
            violations.add(new FieldViolation("target", "too_precise", "at most four decimals"));
        }
        if (target.amberTolerance().compareTo(LIMIT) > 0) {
            violations.add(new FieldViolation("amberTolerance", "out_of_range", "must be 0.." + LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
