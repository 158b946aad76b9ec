/** Local user accounts and the roles that decide what each person may do. */
@NullMarked
package org.helpdesk.account;

import org.jspecify.annotations.NullMarked;
