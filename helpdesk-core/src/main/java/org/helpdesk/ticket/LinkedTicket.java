package org.helpdesk.ticket;

/** Another ticket related to this one, and how. */
public record LinkedTicket(Kind kind, TicketLink ticket, String subject, TicketStatus status) {

    /** How the other ticket relates to this one, read as "the other ticket is ...". */
    public enum Kind {
        /** This ticket repeats the other, earlier contact. */
        REPEAT_OF,
        /** The other ticket is a later repeat contact of this one. */
        REPEATED_BY,
        MERGED_INTO,
        MERGED_FROM,
        SPLIT_FROM,
        SPLIT_INTO,
        FOLLOW_UP_OF,
        FOLLOWED_UP_BY
    }
}
