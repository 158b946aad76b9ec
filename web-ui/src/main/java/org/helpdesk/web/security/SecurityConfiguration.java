package org.helpdesk.web.security;

import org.helpdesk.account.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the REST API is stateless (HTTP Basic for local accounts; no session, so no CSRF
 * exposure) and answers problem JSON; the pages use a form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static final String[] WRITERS = {Role.AGENT.name(), Role.ADMIN.name()};

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/tickets/**")
                        .hasAnyRole(WRITERS)
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session and JSON-only endpoints: a browser cannot forge these requests cross-site.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/tickets/new")
                        .hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.POST, "/tickets", "/tickets/**")
                        .hasAnyRole(WRITERS)
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/tickets", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: BCrypt today, with the algorithm recorded in each hash so it can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
