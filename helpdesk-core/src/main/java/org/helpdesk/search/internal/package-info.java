/** Elasticsearch client, index layout and the outbox indexer. */
@NullMarked
package org.helpdesk.search.internal;

import org.jspecify.annotations.NullMarked;
