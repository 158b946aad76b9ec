/** The signed-in person's own account: who they are, their roles, and the time zone their pages use. */
@NullMarked
package org.helpdesk.web.account;

import org.jspecify.annotations.NullMarked;
