package org.helpdesk.infra.devstack;

import java.net.URI;

/**
 * A Keycloak 26 server in dev mode (in-memory database, HTTP on loopback) with the {@code helpdesk} realm imported
 * from {@code keycloak/helpdesk-realm.json} plus, for development and tests only, the {@value #TEST_CLIENT_ID}
 * client and one demo user per role.
 *
 * <p>Clients: {@value #WEB_CLIENT_ID} (confidential, authorization code with PKCE S256, secret
 * {@link #clientSecret()}), {@value #API_AUDIENCE} (signs nobody in; the {@code aud} of the access tokens the
 * other two get) and {@value #TEST_CLIENT_ID} (public, password grant only). Demo users (password
 * {@link #userPassword(String)}): {@code agent} (AGENT, team first-line), {@code quality} (QUALITY_MANAGER, teams
 * complaints and billing), {@code auditor} (AUDITOR) and {@code admin} (ADMIN). Team names are in the
 * {@code groups} claim, roles in {@code realm_access.roles}.
 *
 * <p>Secrets and passwords are random per server and stay the same across {@link #stop()}/{@link #start()}. Each
 * start imports the realm afresh, so changes to it, sessions and signing keys do not survive a restart.
 */
public interface KeycloakServer {

    String REALM = "helpdesk";
    String WEB_CLIENT_ID = "helpdesk-web";
    String TEST_CLIENT_ID = "helpdesk-test";
    String API_AUDIENCE = "helpdesk-api";

    /** {@code http://localhost:PORT}; it stays the same across {@link #stop()}/{@link #start()}. */
    URI baseUri();

    /** {@value #REALM}. */
    String realm();

    /** {@code baseUri()/realms/helpdesk}: the {@code iss} of the realm's tokens and the OIDC discovery base. */
    URI issuerUri();

    /** The bootstrap administrator of the {@code master} realm (admin console, admin REST API). */
    String adminUsername();

    String adminPassword();

    /** The secret of the {@value #WEB_CLIENT_ID} client. */
    String clientSecret();

    /**
     * The password of a demo user ({@code agent}, {@code quality}, {@code auditor}, {@code admin}).
     *
     * @throws IllegalArgumentException for any other name
     */
    String userPassword(String username);

    /** Stops the server gracefully (SIGTERM, then kills what is left of it); keeps port and secrets. */
    void stop();

    /** Starts the server again on the same port with the same secrets; blocks until the realm is served. */
    void start();

    boolean isRunning();
}
