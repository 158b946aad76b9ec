/** What the import pages and APIs (feedback, tickets) share: reading the uploaded file and its format. */
@NullMarked
package org.helpdesk.web.fileimport;

import org.jspecify.annotations.NullMarked;
