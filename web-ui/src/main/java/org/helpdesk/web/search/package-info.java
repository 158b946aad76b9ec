/** The search page and search API. */
@NullMarked
package org.helpdesk.web.search;

import org.jspecify.annotations.NullMarked;
