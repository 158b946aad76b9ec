/**
 * The dev stack: real PostgreSQL and Elasticsearch servers started from Maven Central artifacts, without
 * Docker, for integration tests and local runs. Start with {@link org.helpdesk.infra.devstack.DevStack}.
 */
@NullMarked
package org.helpdesk.infra.devstack;

import org.jspecify.annotations.NullMarked;
