package org.helpdesk.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneId;
import java.util.Optional;
import java.util.TimeZone;
import org.helpdesk.account.UserAccount;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.web.problem.DatabaseUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The time zone the signed-in person chose, looked up once per session (pages) or per request (API), or none when
 * they use the organisation's zone.
 */
@Component
public class ReaderTimeZone {

    static final String SESSION_ATTRIBUTE = ReaderTimeZone.class.getName();
    private static final String NONE = "";

    private final UserAccounts accounts;

    ReaderTimeZone(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Nullable
    TimeZone of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String cached) {
            return cached.equals(NONE) ? null : TimeZone.getTimeZone(ZoneId.of(cached));
        }
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        if (reader == null || !reader.isAuthenticated() || reader instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Optional<ZoneId> zone;
        try {
            zone = accounts.findByUsername(reader.getName()).map(UserAccount::timeZone);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // The organisation's zone for now, not remembered: the request itself gets its 503 if it needs the
                // database too.
                return null;
            }
            throw e;
        }
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, zone.map(ZoneId::getId).orElse(NONE));
        }
        return zone.map(TimeZone::getTimeZone).orElse(null);
    }

    /** Remembers a new choice for the rest of the session; the caller has stored it on the account. */
    public void changed(HttpServletRequest request, @Nullable ZoneId zone) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, zone == null ? NONE : zone.getId());
        }
    }
}
