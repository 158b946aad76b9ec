package org.helpdesk.web.security;

import java.util.List;
import java.util.Map;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.team.Teams;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Keycloak single sign-on, only with {@code helpdesk.security.sso.enabled=true}. Keycloak's endpoints are
 * configured from the issuer instead of discovered, so the app starts (and local break-glass login works) while
 * Keycloak is down; signing keys are fetched on first use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "helpdesk.security.sso.enabled", havingValue = "true")
class SsoConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    KeycloakAuthorities keycloakAuthorities(SecuritySettings settings) {
        return new KeycloakAuthorities(
                List.of(settings.sso().clientId(), settings.sso().audience()));
    }

    @Bean
    SsoAccounts ssoAccounts(UserAccounts accounts, Teams teams, AuditTrail audit, KeycloakAuthorities authorities) {
        return new SsoAccounts(accounts, teams, audit, authorities);
    }

    @Bean
    SsoLogin ssoLogin(
            SecuritySettings settings,
            ClientRegistrationRepository registrations,
            JwtDecoder jwtDecoder,
            KeycloakAuthorities authorities,
            SsoAccounts accounts,
            ProblemSecurityHandlers problems) {
        return new SsoLogin(settings, registrations, jwtDecoder, authorities, accounts, problems);
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SecuritySettings settings) {
        SecuritySettings.Sso sso = settings.sso();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(sso.clientId())
                .clientSecret(sso.clientSecret())
                .clientAuthenticationMethod(
                        sso.clientSecret() == null
                                ? ClientAuthenticationMethod.NONE
                                : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(sso.issuer())
                .authorizationUri(sso.endpoint("auth"))
                .tokenUri(sso.endpoint("token"))
                .jwkSetUri(sso.endpoint("certs"))
                .userInfoUri(sso.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", sso.endpoint("logout")))
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** Bearer tokens: Keycloak's signature, our issuer, our audience, not expired (with the configured skew). */
    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings) {
        SecuritySettings.Sso sso = settings.sso();
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(sso.endpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(sso.clockSkew()),
                new JwtIssuerValidator(sso.issuer()),
                audience(sso.audience())));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error error = new OAuth2Error("invalid_token", "the token is not meant for " + audience, null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(error);
    }
}
