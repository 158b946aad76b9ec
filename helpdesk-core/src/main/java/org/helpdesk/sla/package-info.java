/** Service levels: business-hours calendars with holidays, targets per priority, and due-time arithmetic. */
@NullMarked
package org.helpdesk.sla;

import org.jspecify.annotations.NullMarked;
