/** Survey invitations on resolution, the default link delivery and the background analysis worker. */
@NullMarked
package org.helpdesk.feedback.internal;

import org.jspecify.annotations.NullMarked;
