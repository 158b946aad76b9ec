/**
 * How the dev stack works: Maven artifact resolution, the distribution cache, child server processes and
 * the concrete servers. Not an API: classes are public only where {@code DevStack} needs them.
 */
@NullMarked
package org.helpdesk.infra.devstack.internal;

import org.jspecify.annotations.NullMarked;
