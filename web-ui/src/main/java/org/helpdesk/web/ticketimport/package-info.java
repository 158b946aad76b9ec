/** The administrator's ticket import: pages under /admin/ticket-imports and the API under /api/v1/admin/ticket-imports. */
@NullMarked
package org.helpdesk.web.ticketimport;

import org.jspecify.annotations.NullMarked;
