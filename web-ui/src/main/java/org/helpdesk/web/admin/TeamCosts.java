package org.helpdesk.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.reporting.ReportingProperties;
import org.helpdesk.team.Team;
import org.helpdesk.team.TeamId;
import org.helpdesk.team.Teams;
import org.helpdesk.web.audit.RequestAudit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sets a team's hourly cost (for cost per complaint) and records the change in the audit trail, atomically. */
@Component
class TeamCosts {

    static final String ACTION = "TEAM_HOURLY_COST_CHANGED";

    private final Teams teams;
    private final RequestAudit audit;
    private final String currency;

    TeamCosts(Teams teams, RequestAudit audit, ReportingProperties reporting) {
        this.teams = teams;
        this.audit = audit;
        this.currency = reporting.currency().getCurrencyCode();
    }

    @Transactional
    Team set(TeamId id, @Nullable BigDecimal cost, HttpServletRequest request) {
        Team team = teams.get(id);
        BigDecimal before = teams.setHourlyCost(id, cost);
        if (!same(before, cost)) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("team", team.name());
            details.put("old", before == null ? null : before.toPlainString());
            details.put("new", cost == null ? null : cost.toPlainString());
            details.put("currency", currency);
            audit.record(request, ACTION, "team", id.toString(), details);
        }
        return teams.get(id);
    }

    String currency() {
        return currency;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
