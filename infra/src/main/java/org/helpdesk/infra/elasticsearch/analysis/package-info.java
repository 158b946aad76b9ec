/**
 * An Elasticsearch stable analysis plugin that adds the {@code russian}, {@code bulgarian} and {@code english}
 * analyzers to distributions without the {@code analysis-common} module (the dev stack's integ-test-zip).
 *
 * <p>These classes run only inside Elasticsearch, which provides their dependencies. Nothing in the
 * application loads them: the dev stack reads their class files as resources and packs them into a plugin
 * zip. Production distributions already define these analyzer names, so index mappings stay the same.
 */
@NullMarked
package org.helpdesk.infra.elasticsearch.analysis;

import org.jspecify.annotations.NullMarked;
