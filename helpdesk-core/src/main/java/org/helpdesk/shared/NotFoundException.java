package org.helpdesk.shared;

/** A thing that was asked for by its id or number does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String reference;

    public NotFoundException(String kind, String reference) {
        super(kind + " " + reference + " was not found");
        this.kind = kind;
        this.reference = reference;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }
}
