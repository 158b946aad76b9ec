package org.helpdesk.shared;

/**
 * The caller may see the thing but may not do this to it, e.g. delete a search someone else shared. A thing
 * the caller may not even see is a {@link NotFoundException} instead, so its existence is not given away.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
