/** The web application: pages, REST API under /api/v1, security and error handling. */
@NullMarked
package org.helpdesk.web;

import org.jspecify.annotations.NullMarked;
