package org.helpdesk.web.security;

import java.util.EnumSet;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.ticket.TicketViewer;
import org.helpdesk.ticket.TicketVisibility;
import org.helpdesk.ticket.Tickets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is reading in this request: their name and roles as their sign-in says. */
public final class Viewers {

    private Viewers() {}

    /** The signed-in reader's name; {@code ""} (an account nobody has, who sees only the triage queue) when none. */
    public static String current() {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        return reader == null || reader.getName() == null ? "" : reader.getName();
    }

    /** The signed-in reader's roles ({@code ROLE_…} authorities); none when nobody is signed in. */
    public static Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        if (reader != null) {
            for (GrantedAuthority authority : reader.getAuthorities()) {
                for (Role role : Role.values()) {
                    if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }

    /** Which tickets the signed-in reader sees. */
    public static TicketViewer of(Tickets tickets) {
        return tickets.viewer(current(), roles());
    }

    public static TicketViewer of(TicketVisibility visibility) {
        return visibility.of(current(), roles());
    }
}
