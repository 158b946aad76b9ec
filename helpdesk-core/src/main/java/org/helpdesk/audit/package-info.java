/**
 * The tamper-evident audit trail: who did what, when, to which thing and from where, in an append-only
 * log where each entry is chained to the one before by a SHA-256 hash.
 *
 * <h2>Recording from a feature</h2>
 * Call {@link org.helpdesk.audit.AuditTrail#record AuditTrail.record} inside the transaction of the change,
 * so the entry is committed exactly when the change is:
 *
 * <pre>{@code
 * @Transactional
 * public void grant(String username, Role role, String actor) {
 *     ... change the account ...
 *     trail.record(AuditEntry.of(actor, "ROLE_GRANTED", "user", username, Map.of("role", role.name())));
 * }
 * }</pre>
 *
 * Use an upper-case action in the past tense ({@code ROLE_GRANTED}, {@code SLA_POLICY_CHANGED},
 * {@code THEME_RENAMED}, {@code FEEDBACK_LABEL_CORRECTED}), a lower-case target type ({@code user},
 * {@code sla_policy}, {@code theme}, {@code feedback}), the target's id as people quote it, and details with
 * the facts an auditor needs (the old and the new value). Details are plain JSON values: strings, numbers,
 * booleans, lists and maps (records become maps). Leave the source out and the trail uses the caller's
 * network address during a web request, or {@code system} otherwise.
 *
 * <h2>What is recorded automatically</h2>
 * Ticket changes ({@code TICKET_*}, from {@link org.helpdesk.ticket.TicketChanged}); in the web
 * application also sign-ins and failed sign-ins, searches, exports and views of the trail itself.
 *
 * <h2>Guarantees</h2>
 * The table refuses {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} (a trigger); appends take a
 * transaction-scoped advisory lock, so the chain never forks; {@link org.helpdesk.audit.AuditTrail#verify()}
 * recomputes every hash and names the first entry that was changed, removed, inserted or reordered. The
 * exact hash definition is in {@code docs/operations.md}.
 */
@NullMarked
package org.helpdesk.audit;

import org.jspecify.annotations.NullMarked;
