package org.helpdesk.search;

/**
 * How the search feature is doing: whether Elasticsearch answers, and how many changes wait in the
 * outbox to be indexed.
 */
public record SearchStatus(boolean reachable, String clusterStatus, long pendingChanges, String detail) {}
