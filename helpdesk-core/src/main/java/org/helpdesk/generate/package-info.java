/**
 * Bulk data for benchmarks and load tests: {@link org.helpdesk.generate.TicketGenerator} writes N tickets with their
 * conversations, customers, teams and agents, survey answers and the search outbox rows in one transaction with
 * PostgreSQL's {@code COPY}, deterministically from a seed. It writes the rows the desk would have written, not
 * through the desk, so a million tickets load in minutes; the product's own workers (search outbox indexer, feedback
 * analysis, report refresher) take it from there.
 */
@NullMarked
package org.helpdesk.generate;

import org.jspecify.annotations.NullMarked;
