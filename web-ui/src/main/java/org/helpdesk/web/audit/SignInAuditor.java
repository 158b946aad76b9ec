package org.helpdesk.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.audit.AuditActions;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.audit.ChangeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins to the pages, sign-outs, and every failed sign-in (pages and API) with the address it
 * came from. API calls authenticate on every request; those are not sign-ins and are not recorded.
 */
@Component
class SignInAuditor {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditor.class);

    private final AuditTrail trail;

    SignInAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        record(AuditActions.SIGN_IN, event.getAuthentication(), Map.of());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        try {
            record(
                    AuditActions.SIGN_IN_FAILED,
                    event.getAuthentication(),
                    Map.of("reason", event.getException().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            // The caller must still get its 401: an audit write failure is logged, not turned into a 500.
            log.error("Could not record a failed sign-in in the audit trail", e);
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        record(AuditActions.SIGN_OUT, event.getAuthentication(), Map.of());
    }

    private void record(String action, Authentication authentication, Map<String, String> extra) {
        String username = clip(nameOf(authentication));
        String actor = username.isEmpty() ? "anonymous" : username;
        Optional<HttpServletRequest> request = RemoteAddressSource.currentRequest();
        Map<String, String> details = new java.util.LinkedHashMap<>(extra);
        details.put("channel", request.map(RemoteAddressSource::channel).orElse("web"));
        trail.record(new AuditEntry(
                actor,
                action,
                "user",
                username.isEmpty() ? null : username,
                details,
                address(authentication, request)));
    }

    /** A refused bearer token's "name" is the token itself: never write credentials into the trail. */
    private static String nameOf(Authentication authentication) {
        if (authentication instanceof BearerTokenAuthenticationToken) {
            return "";
        }
        return authentication.getName() == null ? "" : authentication.getName().strip();
    }

    private static String address(Authentication authentication, Optional<HttpServletRequest> request) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return request.map(HttpServletRequest::getRemoteAddr).orElse(ChangeSource.SYSTEM);
    }

    private static String clip(String value) {
        return value.length() <= AuditEntry.ACTOR_MAX ? value : value.substring(0, AuditEntry.ACTOR_MAX);
    }
}
