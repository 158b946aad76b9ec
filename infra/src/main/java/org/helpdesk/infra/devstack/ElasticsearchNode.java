package org.helpdesk.infra.devstack;

import java.net.URI;

/**
 * A single-node Elasticsearch 8.19 server without security, bound to 127.0.0.1, with the {@code russian},
 * {@code bulgarian} and {@code english} analyzers.
 */
public interface ElasticsearchNode {

    /** The HTTP endpoint, e.g. {@code http://127.0.0.1:PORT}; it stays the same across {@link #stop()}/{@link #start()}. */
    URI httpUri();

    /** Stops the node gracefully (SIGTERM, then kills it if it does not exit in time); keeps data and port. */
    void stop();

    /** Starts the node again on the same port with the same data; blocks until the cluster is yellow or better. */
    void start();

    boolean isRunning();
}
