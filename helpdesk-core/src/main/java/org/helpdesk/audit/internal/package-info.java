/** Storage, canonical form and hashing of the audit trail; not for use outside the audit feature. */
@NullMarked
package org.helpdesk.audit.internal;

import org.jspecify.annotations.NullMarked;
