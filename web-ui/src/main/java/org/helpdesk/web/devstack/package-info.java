/** Starts the embedded dev stack (real PostgreSQL and Elasticsearch) when configured to. */
@NullMarked
package org.helpdesk.web.devstack;

import org.jspecify.annotations.NullMarked;
