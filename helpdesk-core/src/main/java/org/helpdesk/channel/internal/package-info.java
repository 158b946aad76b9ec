/** The machinery behind {@link org.helpdesk.channel}: not for other packages. */
@NullMarked
package org.helpdesk.channel.internal;

import org.jspecify.annotations.NullMarked;
