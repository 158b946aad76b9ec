package org.helpdesk.web.search;

import org.helpdesk.account.Role;
import org.springframework.security.core.Authentication;

/** What the signed-in searcher may do beyond their own things. */
final class Searchers {

    private static final String ADMIN = "ROLE_" + Role.ADMIN.name();

    private Searchers() {}

    static boolean isAdmin(Authentication searcher) {
        return searcher.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
    }
}
