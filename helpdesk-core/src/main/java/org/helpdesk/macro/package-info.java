/** Canned responses (macros): prepared replies with placeholders, filled in for one ticket. */
@NullMarked
package org.helpdesk.macro;

import org.jspecify.annotations.NullMarked;
