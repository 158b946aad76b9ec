package org.helpdesk.web.health;

import org.helpdesk.search.SearchStatus;
import org.helpdesk.search.TicketSearch;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Elasticsearch as seen by the app, with the outbox backlog. Not part of readiness: the app keeps
 * taking writes while Elasticsearch is away and catches up when it returns.
 */
@Component("elasticsearch")
class SearchHealthIndicator implements HealthIndicator {

    private final TicketSearch search;

    SearchHealthIndicator(TicketSearch search) {
        this.search = search;
    }

    @Override
    public Health health() {
        SearchStatus status = search.status();
        Health.Builder builder = status.reachable() ? Health.up() : Health.down();
        return builder.withDetail("cluster", status.clusterStatus())
                .withDetail("pendingChanges", status.pendingChanges())
                .withDetail("detail", status.detail())
                .build();
    }
}
