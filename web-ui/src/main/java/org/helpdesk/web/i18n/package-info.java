/** Language and time-zone handling for pages. */
@NullMarked
package org.helpdesk.web.i18n;

import org.jspecify.annotations.NullMarked;
