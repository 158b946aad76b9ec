/** Request ids: one per request, in the logs (MDC) and the response. */
@NullMarked
package org.helpdesk.web.logging;

import org.jspecify.annotations.NullMarked;
