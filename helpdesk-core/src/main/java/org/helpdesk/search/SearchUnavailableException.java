package org.helpdesk.search;

/** Elasticsearch cannot answer right now; writes are unaffected and will be indexed when it is back. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
