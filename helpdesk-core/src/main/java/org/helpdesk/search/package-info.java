/** Full-text search over tickets, backed by Elasticsearch and fed by a transactional outbox. */
@NullMarked
package org.helpdesk.search;

import org.jspecify.annotations.NullMarked;
