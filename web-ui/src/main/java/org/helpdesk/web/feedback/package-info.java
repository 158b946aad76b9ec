/** The public survey pages, the feedback API and the quality manager's feedback pages. */
@NullMarked
package org.helpdesk.web.feedback;

import org.jspecify.annotations.NullMarked;
