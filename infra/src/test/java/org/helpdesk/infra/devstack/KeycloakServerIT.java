package org.helpdesk.infra.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.helpdesk.infra.devstack.KeycloakRequests.strings;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.helpdesk.infra.devstack.KeycloakRequests.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class KeycloakServerIT {

    private static final Set<String> HELPDESK_ROLES = Set.of("AGENT", "QUALITY_MANAGER", "AUDITOR", "ADMIN");
    // Any 43-character Base64url string is a well-formed S256 challenge.
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private final DevStack stack = DevStack.sharedWithKeycloak();
    private final KeycloakServer keycloak = stack.keycloak().orElseThrow();
    private final KeycloakRequests requests = new KeycloakRequests(keycloak);

    @Test
    void keycloakJoinsTheOneSharedStack() {
        assertThat(DevStack.shared()).isSameAs(stack);
        assertThat(stack.settings().keycloak()).isTrue();
        assertThat(keycloak.isRunning()).isTrue();
        assertThat(keycloak.realm()).isEqualTo("helpdesk");
    }

    @Test
    void discoveryDocumentNamesTheLocalhostIssuer() {
        JsonNode discovery = requests.discovery().json();

        assertThat(keycloak.baseUri().toString()).matches("http://localhost:\\d+");
        assertThat(keycloak.issuerUri()).isEqualTo(URI.create(keycloak.baseUri() + "/realms/helpdesk"));
        assertThat(discovery.path("issuer").asString())
                .isEqualTo(keycloak.issuerUri().toString());
        assertThat(discovery.path("token_endpoint").asString())
                .isEqualTo(keycloak.issuerUri() + "/protocol/openid-connect/token");
        assertThat(strings(discovery.path("code_challenge_methods_supported"))).contains("S256");
    }

    @ParameterizedTest
    @CsvSource({
        "agent,   AGENT,           first-line",
        "quality, QUALITY_MANAGER, complaints billing",
        "auditor, AUDITOR,         ''",
        "admin,   ADMIN,           ''"
    })
    void demoUserGetsATokenWithTheirRoleTheirTeamsAndTheApiAudience(String username, String role, String teams) {
        JsonNode claims = requests.accessTokenClaims(username, keycloak.userPassword(username));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri().toString());
        assertThat(strings(claims.path("aud"))).contains(KeycloakServer.API_AUDIENCE);
        assertThat(claims.path("azp").asString()).isEqualTo(KeycloakServer.TEST_CLIENT_ID);
        assertThat(claims.path("preferred_username").asString()).isEqualTo(username);
        assertThat(strings(claims.path("realm_access").path("roles")))
                .contains(role)
                .filteredOn(HELPDESK_ROLES::contains)
                .containsExactly(role);
        assertThat(strings(claims.path("groups")))
                .containsExactlyInAnyOrder(teams.isEmpty() ? new String[0] : teams.split(" "));
    }

    @Test
    void wrongPasswordGetsNoToken() {
        Answer answer = requests.passwordGrant("agent", "not-" + keycloak.userPassword("agent"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_grant");
    }

    @Test
    void theWebClientHasNoPasswordGrant() {
        Answer answer = requests.token(
                keycloak.issuerUri(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        KeycloakServer.WEB_CLIENT_ID,
                        "client_secret",
                        keycloak.clientSecret(),
                        "username",
                        "agent",
                        "password",
                        keycloak.userPassword("agent")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("unauthorized_client");
    }

    @Test
    void theWebClientAuthenticatesWithItsSecret() {
        String token = requests.passwordGrant("agent", keycloak.userPassword("agent"))
                .json()
                .path("access_token")
                .asString();

        // Introspection authenticates the calling client first.
        Answer rightSecret = requests.introspect(token, KeycloakServer.WEB_CLIENT_ID, keycloak.clientSecret());
        Answer wrongSecret = requests.introspect(token, KeycloakServer.WEB_CLIENT_ID, "not-the-secret");

        assertThat(rightSecret.status()).isEqualTo(200);
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.body()).contains("invalid_client");
    }

    @Test
    void theWebClientSignsInWithPkceAndRedirectsToLocalhostOnAnyPort() {
        Map<String, String> withPkce = Map.of(
                "client_id", KeycloakServer.WEB_CLIENT_ID,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", "http://localhost:8080/login/oauth2/code/keycloak",
                "code_challenge", CODE_CHALLENGE,
                "code_challenge_method", "S256");
        Map<String, String> withoutPkce = Map.of(
                "client_id", KeycloakServer.WEB_CLIENT_ID,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", "http://localhost:18080/login/oauth2/code/keycloak");
        Map<String, String> foreignRedirect = Map.of(
                "client_id", KeycloakServer.WEB_CLIENT_ID,
                "response_type", "code",
                "scope", "openid",
                "redirect_uri", "https://attacker.example/login/oauth2/code/keycloak",
                "code_challenge", CODE_CHALLENGE,
                "code_challenge_method", "S256");

        assertThat(requests.authorize(withPkce).status()).as("login page").isEqualTo(200);
        assertThat(requests.authorize(withoutPkce).location())
                .startsWith("http://localhost:18080/login/oauth2/code/keycloak")
                .contains("error=invalid_request")
                .contains("code_challenge_method");
        assertThat(requests.authorize(foreignRedirect).status()).isEqualTo(400);
    }

    @Test
    void signingOutMayReturnToTheAppOnAnyLocalPortOnly() {
        Answer toApp = requests.logout("http://localhost:18080/tickets");
        Answer elsewhere = requests.logout("https://attacker.example/");

        assertThat(toApp.location()).isEqualTo("http://localhost:18080/tickets");
        assertThat(elsewhere.status()).isEqualTo(400);
    }

    @Test
    void bootstrapAdminSignsIntoTheMasterRealm() {
        Answer answer = requests.token(
                URI.create(keycloak.baseUri() + "/realms/master"),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        keycloak.adminUsername(),
                        "password",
                        keycloak.adminPassword()));

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void restartKeepsAddressAndSecretsAndLeavesNoProcessBehind() {
        Path home = stack.settings().dataDir().resolve("keycloak");
        List<ProcessHandle> running = ProcessHandle.current()
                .descendants()
                .filter(commandLineMentions(home))
                .toList();
        URI baseUri = keycloak.baseUri();
        String password = keycloak.userPassword("agent");
        String secret = keycloak.clientSecret();
        assertThat(running)
                .anyMatch(process -> process.info().command().orElse("").endsWith("/java"));

        keycloak.stop();

        assertThat(keycloak.isRunning()).isFalse();
        assertThat(running).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.allProcesses().filter(commandLineMentions(home)))
                .as("orphans of the stopped server")
                .isEmpty();

        keycloak.start();

        assertThat(keycloak.isRunning()).isTrue();
        assertThat(keycloak.baseUri()).isEqualTo(baseUri);
        assertThat(keycloak.clientSecret()).isEqualTo(secret);
        assertThat(requests.accessTokenClaims("agent", password).path("iss").asString())
                .isEqualTo(keycloak.issuerUri().toString());
        assertThat(home.resolve("data/import/helpdesk-realm.json"))
                .as("passwords are not left on disk")
                .doesNotExist();
    }

    private static Predicate<ProcessHandle> commandLineMentions(Path home) {
        return process -> process.info()
                .commandLine()
                .map(line -> line.contains(home.toString()))
                .orElse(false);
    }
}
