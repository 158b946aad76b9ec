/**
 * The audit trail in the web application: the page ({@code /audit}) and API ({@code /api/v1/audit}) for
 * auditors and administrators, the command-line check ({@code --helpdesk.audit.verify-and-exit=true}), and
 * what feeds the trail from the web: sign-ins, searches, exports ({@link org.helpdesk.web.audit.Audited})
 * and the caller's address for every change ({@code ChangeSource}).
 */
@NullMarked
package org.helpdesk.web.audit;

import org.jspecify.annotations.NullMarked;
