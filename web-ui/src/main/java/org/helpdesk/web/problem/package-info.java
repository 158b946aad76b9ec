/** The one place where errors become RFC 9457 problem JSON or friendly error pages. */
@NullMarked
package org.helpdesk.web.problem;

import org.jspecify.annotations.NullMarked;
