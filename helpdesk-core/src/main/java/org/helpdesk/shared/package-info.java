/** Errors and values shared by every feature: invalid input, missing things, conflicts. */
@NullMarked
package org.helpdesk.shared;

import org.jspecify.annotations.NullMarked;
