package org.helpdesk.web.security;

import java.time.Clock;
import java.util.Map;
import org.helpdesk.account.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three filter chains: the REST API is stateless (HTTP Basic for local accounts; no session, so no CSRF
 * exposure) and answers problem JSON; the actuator (probes open, the rest for administrators) takes HTTP Basic too;
 * the pages use a form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final String[] WRITERS = {Role.AGENT.name(), Role.ADMIN.name()};
    /** What administrators keep for agents: teams, categories, products, SLA policies and calendars, macros. */
    private static final String[] ADMIN_LISTS = {
        "/api/v1/teams/**", "/api/v1/categories/**", "/api/v1/products/**", "/api/v1/sla/**", "/api/v1/macros/**"
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemSecurityHandlers problems,
            SecuritySettings settings,
            ObjectProvider<SsoLogin> ssoLogin,
            RequestRateLimit rateLimit)
            throws Exception {
        http.addFilterBefore(rateLimit, BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/tickets/**")
                        .hasAnyRole(WRITERS)
                        // Administration, reads included (mailboxes, the mail log, search maintenance).
                        .requestMatchers("/api/v1/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // Writes are refused by role before any input is read, so a reader always gets a 403.
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .authenticated()
                        .requestMatchers(ADMIN_LISTS)
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/tickets/**", "/api/v1/customers/**")
                        .hasAnyRole(WRITERS)
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session and JSON-only endpoints: a browser cannot forge these requests cross-site.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> strictHeaders(headers, settings));
        if (settings.localLogin()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        SsoLogin sso = ssoLogin.getIfAvailable();
        if (sso != null) {
            sso.configureApi(http);
        }
        return http.build();
    }

    /**
     * Actuator: health probes are open (details for administrators only); metrics and the rest are for administrators
     * (a session or HTTP Basic, or a bearer token with SSO), or open on the separate management port if one is set.
     * A session is used when there is one, never created.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(
            HttpSecurity http,
            ProblemSecurityHandlers problems,
            SecuritySettings settings,
            ObjectProvider<SsoLogin> ssoLogin,
            ManagementPort managementPort,
            RequestRateLimit rateLimit)
            throws Exception {
        // HTTP Basic here shares the sign-in limit with the API and the login form.
        http.addFilterBefore(rateLimit, BasicAuthenticationFilter.class);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers(managementPort)
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> strictHeaders(headers, settings));
        if (settings.localLogin()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        SsoLogin sso = ssoLogin.getIfAvailable();
        if (sso != null) {
            sso.configureApi(http);
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(
            HttpSecurity http, SecuritySettings settings, ObjectProvider<SsoLogin> ssoLogin, RequestRateLimit rateLimit)
            throws Exception {
        http.addFilterBefore(rateLimit, UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/error",
                                "/survey/**",
                                "/complaint",
                                "/complaint/**",
                                "/status/**")
                        .permitAll()
                        .requestMatchers("/tickets/new", "/tickets/new/**")
                        .hasAnyRole(WRITERS)
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/tickets", "/tickets/**")
                        .hasAnyRole(WRITERS)
                        .anyRequest()
                        .authenticated())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> strictHeaders(headers, settings));
        if (settings.localLogin()) {
            ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
            failures.setDefaultFailureUrl("/login?error");
            failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
            http.formLogin(form -> form.loginPage("/login")
                    .defaultSuccessUrl("/tickets", false)
                    .failureHandler(failures));
        }
        SsoLogin sso = ssoLogin.getIfAvailable();
        if (sso != null) {
            sso.configurePages(http);
            if (!settings.localLogin()) {
                // Nothing to choose on a login page: go straight to Keycloak.
                http.exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(SsoLogin.AUTHORIZATION_URL)));
            }
        }
        return http.build();
    }

    private static void strictHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers,
            SecuritySettings settings) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(settings)))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    /** With SSO, forms may also lead to Keycloak: logout is a POST answered by a redirect to its end-session page. */
    static String contentSecurityPolicy(SecuritySettings settings) {
        java.net.URI issuer = settings.sso().issuerUri();
        if (!settings.sso().enabled() || issuer == null) {
            return CONTENT_SECURITY_POLICY;
        }
        String origin = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
    }

    /** One set of per-address counts for both chains: form sign-ins and failed HTTP Basic ones share a limit. */
    @Bean
    RequestRateLimit requestRateLimit(SecuritySettings settings, Clock clock, JsonMapper json) {
        return new RequestRateLimit(settings.rateLimit(), clock, json);
    }

    /** Only inside the security chains, not a second time as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<RequestRateLimit> requestRateLimitRegistration(RequestRateLimit rateLimit) {
        FilterRegistrationBean<RequestRateLimit> registration = new FilterRegistrationBean<>(rateLimit);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings, Clock clock) {
        // Delegating encoder: BCrypt today, with the algorithm recorded in each hash so it can change later; matches
        // are remembered for helpdesk.security.password-cache-ttl (API clients send their password with every request).
        return new VerifiedPasswords(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), settings.passwordCacheTtl(), clock);
    }
}
