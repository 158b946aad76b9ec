package org.helpdesk.search;

/** Only one rebuild of the search index runs at a time, across all app instances. */
public class ReindexAlreadyRunningException extends RuntimeException {

    public ReindexAlreadyRunningException() {
        super("A rebuild of the search index is already running");
    }
}
