package org.helpdesk.web.security;

import org.helpdesk.account.UserAccounts;
import org.helpdesk.web.problem.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection for local accounts: wrong passwords are counted per account (in the database, so every
 * instance sees them) and lock it with a growing back-off; a successful sign-in clears the count. Guesses against
 * names that have no account are slowed by the per-address rate limit instead.
 */
@Component
class SignInLockout {

    private static final Logger log = LoggerFactory.getLogger(SignInLockout.class);

    private final UserAccounts accounts;
    private final SecuritySettings.Lockout policy;

    SignInLockout(UserAccounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.policy = settings.lockout();
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)
                || attempt.getName() == null
                || attempt.getName().isBlank()) {
            return;
        }
        try {
            accounts.recordFailedSignIn(
                            attempt.getName().strip(), policy.threshold(), policy.duration(), policy.maxDuration())
                    .ifPresent(until -> log.warn(
                            "Account {} locked until {} after repeated wrong passwords",
                            attempt.getName().strip(),
                            until));
        } catch (RuntimeException e) {
            // The caller still gets its 401 / error page; the count is best effort when the database is away.
            log.error("Could not count a failed sign-in", e);
        }
    }

    /**
     * Clears the count. If the database went away between checking the password and this, the sign-in fails as one the
     * database could not check (a 503 for the API, see {@link ProblemSecurityHandlers}), not as an error of the app.
     */
    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            try {
                accounts.recordSuccessfulSignIn(signedIn.getName());
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    throw new InternalAuthenticationServiceException("The database is unavailable", e);
                }
                throw e;
            }
        }
    }
}
