package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.infra.devstack.DevStack;
import org.helpdesk.infra.devstack.KeycloakServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keycloak single sign-on against a real Keycloak: bearer tokens for the API, the OIDC redirect for pages. */
@SsoIntegrationTest
class SsoIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TICKETS = "/api/v1/tickets";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final KeycloakServer keycloak =
            DevStack.sharedWithKeycloak().keycloak().orElseThrow();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void everyRoleReadsTicketsWithItsKeycloakToken() {
        for (String user : new String[] {"agent", "quality", "auditor", "admin"}) {
            assertThat(call("GET", TICKETS, bearer(token(KeycloakServer.TEST_CLIENT_ID, user)))
                            .statusCode())
                    .as(user)
                    .isEqualTo(200);
        }
    }

    @Test
    void agentsMayCreateTicketsAndAuditorsMayNot() {
        HttpResponse<String> agent = call("POST", TICKETS, bearer(token(KeycloakServer.TEST_CLIENT_ID, "agent")));
        HttpResponse<String> auditor = call("POST", TICKETS, bearer(token(KeycloakServer.TEST_CLIENT_ID, "auditor")));

        // The agent passes security and reaches validation (empty body); the auditor is stopped before it.
        assertThat(agent.statusCode()).isNotIn(401, 403);
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void firstBearerCallProvisionsTheLocalAccountWithKeycloakRoles() {
        call("GET", TICKETS, bearer(token(KeycloakServer.TEST_CLIENT_ID, "quality")));

        assertThat(accounts.findByUsername("quality"))
                .hasValueSatisfying(account -> assertThat(account.roles()).contains(Role.QUALITY_MANAGER));
    }

    @Test
    void tokenWithForgedSignatureIsRefusedWithProblemJson() {
        String token = token(KeycloakServer.TEST_CLIENT_ID, "admin");
        int at = token.lastIndexOf('.') + 10;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);

        HttpResponse<String> response = call("GET", TICKETS, bearer(forged));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        String other = "sso-it-other-" + System.nanoTime();
        admin(
                "POST",
                "/admin/realms/helpdesk/clients",
                Map.of(
                        "clientId",
                        other,
                        "publicClient",
                        true,
                        "directAccessGrantsEnabled",
                        true,
                        "standardFlowEnabled",
                        false));
        String token = token(other, "agent");
        assertThat(claims(token).path("aud").toString()).doesNotContain(KeycloakServer.API_AUDIENCE);

        assertThat(call("GET", TICKETS, bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void expiredTokenIsRefused() throws InterruptedException {
        String token;
        admin("PUT", "/admin/realms/helpdesk", Map.of("accessTokenLifespan", 3));
        try {
            token = token(KeycloakServer.TEST_CLIENT_ID, "auditor");
        } finally {
            admin("PUT", "/admin/realms/helpdesk", Map.of("accessTokenLifespan", 300));
        }
        long expiresAt = claims(token).path("exp").asLong();
        assertThat(expiresAt - claims(token).path("iat").asLong()).isLessThanOrEqualTo(3);

        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 1500);

        assertThat(call("GET", TICKETS, bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void localPasswordsAreRefusedWithoutBreakGlass() {
        accounts.createIfAbsent("sso.it.local", "Local Only", encoder.encode(Personas.PASSWORD), Set.of(Role.ADMIN));
        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("sso.it.local:" + Personas.PASSWORD).getBytes(StandardCharsets.UTF_8));

        assertThat(call("GET", TICKETS, basic).statusCode()).isEqualTo(401);
    }

    @Test
    void pagesSendAnonymousVisitorsToKeycloakWithPkce() {
        HttpResponse<String> page = call("GET", "/tickets", null);
        assertThat(page.statusCode()).isEqualTo(302);
        String start = page.headers().firstValue("Location").orElseThrow();
        assertThat(start).endsWith("/oauth2/authorization/keycloak");

        HttpResponse<String> authorization = call("GET", URI.create(start).getPath(), null);

        assertThat(authorization.statusCode()).isEqualTo(302);
        assertThat(authorization.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak.issuerUri() + "/protocol/openid-connect/auth?")
                .contains("client_id=helpdesk-web", "code_challenge_method=S256", "code_challenge=");
    }

    private String token(String clientId, String user) {
        JsonNode reply = form(
                keycloak.issuerUri() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "username",
                        user,
                        "password",
                        keycloak.userPassword(user)));
        return reply.path("access_token").asString();
    }

    private void admin(String method, String path, Map<String, ?> body) {
        JsonNode login = form(
                keycloak.baseUri() + "/realms/master/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        keycloak.adminUsername(),
                        "password",
                        keycloak.adminPassword()));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.baseUri() + path))
                .header("Authorization", bearer(login.path("access_token").asString()))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private JsonNode form(String uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private HttpResponse<String> call(String method, String path, @Nullable String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        method.equals("GET")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
