/**
 * How customers reach the desk besides an agent typing: e-mail in and out, the public complaint form and the
 * customer status page reached through a signed link.
 */
@NullMarked
package org.helpdesk.channel;

import org.jspecify.annotations.NullMarked;
