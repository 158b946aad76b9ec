package org.helpdesk.shared;

/**
 * A change the current state does not allow, such as closing a ticket that is still open or reopening
 * one that was closed too long ago. {@code reason} is a stable code; the message is for people.
 */
public class InvalidTransitionException extends RuntimeException {

    private final String from;
    private final String to;
    private final String reason;

    public InvalidTransitionException(String from, String to, String reason, String message) {
        super(message);
        this.from = from;
        this.to = to;
        this.reason = reason;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public String reason() {
        return reason;
    }
}
