package org.helpdesk.infra.devstack;

/** A dev-stack server could not be prepared, started or stopped; the message says why and what to do. */
public class DevStackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DevStackException(String message) {
        super(message);
    }

    public DevStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
