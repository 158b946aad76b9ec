/** Teams: the queues tickets are routed to, and the agents who work them. */
@NullMarked
package org.helpdesk.team;

import org.jspecify.annotations.NullMarked;
