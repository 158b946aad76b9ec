/**
 * The dev stack: real PostgreSQL, Elasticsearch and (on request) Keycloak servers started from Maven Central
 * artifacts, without Docker, for integration tests and local runs. Start with
 * {@link org.helpdesk.infra.devstack.DevStack}.
 */
@NullMarked
package org.helpdesk.infra.devstack;

import org.jspecify.annotations.NullMarked;
