package org.helpdesk.web.security;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Who may sign in and how ({@code helpdesk.security.*}). Local accounts are the default; Keycloak single sign-on is
 * an option.
 *
 * @param sso Keycloak (OIDC) single sign-on
 * @param lockout brute-force protection of local sign-in
 * @param rateLimit requests per client address to the sign-in and public endpoints
 * @param passwordCacheTtl how long an instance remembers that a password matched its account's stored hash, so that
 *     API clients sending HTTP Basic with every request do not pay the slow hash each time (0 = check every time)
 */
@ConfigurationProperties("helpdesk.security")
record SecuritySettings(
        @DefaultValue Sso sso,
        @DefaultValue Lockout lockout,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue("5m") Duration passwordCacheTtl) {

    SecuritySettings {
        if (passwordCacheTtl.isNegative()) {
            throw new IllegalArgumentException("helpdesk.security.password-cache-ttl must not be negative");
        }
    }

    /**
     * @param threshold consecutive wrong passwords after which a local account is locked
     * @param duration how long the first lock lasts; each further failure doubles it
     * @param maxDuration the longest lock
     */
    record Lockout(
            @DefaultValue("5") int threshold,
            @DefaultValue("1m") Duration duration,
            @DefaultValue("30m") Duration maxDuration) {

        public Lockout {
            if (threshold < 1 || duration.isNegative() || duration.isZero() || maxDuration.compareTo(duration) < 0) {
                throw new IllegalArgumentException(
                        "helpdesk.security.lockout: threshold must be at least 1, 0 < duration <= max-duration");
            }
        }
    }

    /**
     * @param signInPerMinute sign-in attempts (form and failed HTTP Basic) one address may make per minute
     * @param publicPerMinute requests one address may send to public pages (surveys, the complaint form,
     *     status pages) per minute
     */
    record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30") int signInPerMinute,
            @DefaultValue("60") int publicPerMinute) {

        public RateLimit {
            if (signInPerMinute < 1 || publicPerMinute < 1) {
                throw new IllegalArgumentException("helpdesk.security.rate-limit: limits must be at least 1");
            }
        }
    }

    /** Local accounts (form login, HTTP Basic) are on unless SSO is on without the break-glass option. */
    boolean localLogin() {
        return !sso.enabled() || sso.breakGlassLocalLogin();
    }

    /**
     * @param enabled sign in through Keycloak: OIDC login for pages, JWT bearer tokens for the API
     * @param issuerUri the realm, e.g. {@code https://sso.example.org/realms/helpdesk}; required when enabled
     * @param clientId the confidential client the pages sign in with
     * @param clientSecret that client's secret
     * @param audience the {@code aud} every bearer token must carry
     * @param clockSkew tolerance for {@code exp}/{@code nbf} of bearer tokens
     * @param breakGlassLocalLogin keep local accounts usable (form login, HTTP Basic) while SSO is on
     */
    record Sso(
            @DefaultValue("false") boolean enabled,
            @Nullable URI issuerUri,
            @DefaultValue("helpdesk-web") String clientId,
            @Nullable String clientSecret,
            @DefaultValue("helpdesk-api") String audience,
            @DefaultValue("60s") Duration clockSkew,
            @DefaultValue("false") boolean breakGlassLocalLogin) {

        public Sso {
            if (enabled && issuerUri == null) {
                throw new IllegalArgumentException("helpdesk.security.sso.issuer-uri is required when SSO is enabled");
            }
            if (clockSkew.isNegative()) {
                throw new IllegalArgumentException("helpdesk.security.sso.clock-skew must not be negative");
            }
        }

        /** {@code {issuer}/protocol/openid-connect/{endpoint}}: Keycloak's fixed endpoint layout. */
        String endpoint(String name) {
            String issuer = String.valueOf(issuerUri).replaceAll("/+$", "");
            return issuer + "/protocol/openid-connect/" + name;
        }

        String issuer() {
            return String.valueOf(issuerUri).replaceAll("/+$", "");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SecuritySettings.class)
    static class Registration {}
}
