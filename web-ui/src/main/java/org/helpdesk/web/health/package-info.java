/** Health of the parts the app depends on. */
@NullMarked
package org.helpdesk.web.health;

import org.jspecify.annotations.NullMarked;
