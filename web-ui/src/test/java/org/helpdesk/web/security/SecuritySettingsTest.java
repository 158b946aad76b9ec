package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class SecuritySettingsTest {

    private static final URI ISSUER = URI.create("https://sso.example.org/realms/helpdesk/");

    @Test
    void localAccountsAreTheDefault() {
        assertThat(settings(false, false).localLogin()).isTrue();
        assertThat(SecurityConfiguration.contentSecurityPolicy(settings(false, false)))
                .isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void ssoTurnsLocalAccountsOffUnlessBreakGlassIsOn() {
        assertThat(settings(true, false).localLogin()).isFalse();
        assertThat(settings(true, true).localLogin()).isTrue();
    }

    @Test
    void ssoNeedsAnIssuer() {
        assertThatThrownBy(() -> new SecuritySettings.Sso(
                        true, null, "helpdesk-web", "s", "helpdesk-api", Duration.ofSeconds(60), false))
                .hasMessageContaining("issuer-uri");
    }

    @Test
    void keycloakEndpointsFollowFromTheIssuer() {
        assertThat(settings(true, false).sso().endpoint("certs"))
                .isEqualTo("https://sso.example.org/realms/helpdesk/protocol/openid-connect/certs");
    }

    @Test
    void formsMayLeadToKeycloakForLogoutWhenSsoIsOn() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(settings(true, false)))
                .contains("form-action 'self' https://sso.example.org;");
    }

    @Test
    void bearerTokensMustBeMeantForTheApi() {
        assertThat(SsoConfiguration.audience("helpdesk-api")
                        .validate(jwt(List.of("account", "helpdesk-api")))
                        .hasErrors())
                .isFalse();
        assertThat(SsoConfiguration.audience("helpdesk-api")
                        .validate(jwt(List.of("account")))
                        .hasErrors())
                .isTrue();
    }

    private static Jwt jwt(List<String> audience) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .audience(audience)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
    }

    private static SecuritySettings settings(boolean enabled, boolean breakGlass) {
        return new SecuritySettings(
                new SecuritySettings.Sso(
                        enabled, ISSUER, "helpdesk-web", "secret", "helpdesk-api", Duration.ofSeconds(60), breakGlass),
                new SecuritySettings.Lockout(5, Duration.ofMinutes(1), Duration.ofMinutes(30)),
                new SecuritySettings.RateLimit(true, 30, 60),
                Duration.ofMinutes(5));
    }
}
