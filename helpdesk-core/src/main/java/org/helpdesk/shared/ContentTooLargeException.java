package org.helpdesk.shared;

/** An upload is bigger than the configured limit; nothing has been stored. */
public class ContentTooLargeException extends RuntimeException {

    private final long limitBytes;

    public ContentTooLargeException(String what, long limitBytes) {
        super(what + " is larger than the limit of " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
