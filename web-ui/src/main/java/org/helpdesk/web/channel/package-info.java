/**
 * The pages customers use without an account: the public complaint form and the status page they reach through the
 * signed link of their ticket.
 */
@NullMarked
package org.helpdesk.web.channel;

import org.jspecify.annotations.NullMarked;
