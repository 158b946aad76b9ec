package org.helpdesk.web.security;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** What SSO adds to the two filter chains: JWT bearer tokens for the API, OIDC login and logout for pages. */
final class SsoLogin {

    static final String AUTHORIZATION_URL =
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                    + SsoConfiguration.REGISTRATION_ID;
    static final String FAILURE_URL = "/login?sso-error";

    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);

    private final SecuritySettings settings;
    private final ClientRegistrationRepository registrations;
    private final JwtDecoder jwtDecoder;
    private final KeycloakAuthorities authorities;
    private final SsoAccounts accounts;
    private final ProblemSecurityHandlers problems;

    SsoLogin(
            SecuritySettings settings,
            ClientRegistrationRepository registrations,
            JwtDecoder jwtDecoder,
            KeycloakAuthorities authorities,
            SsoAccounts accounts,
            ProblemSecurityHandlers problems) {
        this.settings = settings;
        this.registrations = registrations;
        this.jwtDecoder = jwtDecoder;
        this.authorities = authorities;
        this.accounts = accounts;
        this.problems = problems;
    }

    void configureApi(HttpSecurity http) throws Exception {
        http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                .accessDeniedHandler(problems)
                .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(this::bearer)));
    }

    void configurePages(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // helpdesk-web is a confidential client; PKCE (S256) as well, as the realm requires it.
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        http.oauth2Login(login -> login.loginPage("/login")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::oidcUser))
                        .defaultSuccessUrl("/tickets", false)
                        .failureHandler(new FailurePage()))
                .logout(out -> out.logoutSuccessHandler(logout));
    }

    private JwtAuthenticationToken bearer(Jwt jwt) {
        String username = accounts.provision(jwt.getClaims());
        return new JwtAuthenticationToken(jwt, authorities.authorities(jwt.getClaims()), username);
    }

    /** Roles are in the access token (Keycloak puts them there, not in the ID token); it is validated like a bearer. */
    private OidcUser oidcUser(OidcUserRequest request) {
        Map<String, Object> claims = new HashMap<>(request.getIdToken().getClaims());
        claims.putAll(accessTokenClaims(request.getAccessToken().getTokenValue()));
        accounts.provision(claims);
        return new DefaultOidcUser(authorities.authorities(claims), request.getIdToken(), "preferred_username");
    }

    private Map<String, Object> accessTokenClaims(String token) {
        try {
            return jwtDecoder.decode(token).getClaims();
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "the access token was refused: " + e.getMessage(), null), e);
        }
    }

    boolean localLogin() {
        return settings.localLogin();
    }

    /** Keycloak unreachable, a refused token, a disabled account: the login page says so instead of a 500. */
    private static final class FailurePage extends SimpleUrlAuthenticationFailureHandler {

        FailurePage() {
            super(FAILURE_URL);
        }

        @Override
        public void onAuthenticationFailure(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                AuthenticationException exception)
                throws java.io.IOException, jakarta.servlet.ServletException {
            log.warn("Single sign-on failed: {}", describe(exception));
            super.onAuthenticationFailure(request, response, exception);
        }

        private static String describe(AuthenticationException e) {
            @Nullable Throwable cause = e.getCause();
            return cause == null ? e.getMessage() : e.getMessage() + " (" + cause + ")";
        }
    }
}
