package org.helpdesk.infra.devstack.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.helpdesk.infra.devstack.KeycloakServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DevRealmTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode production = JSON.readTree(DevRealm.resource(DevRealm.class, DevRealm.REALM_RESOURCE));

    @Test
    void productionRealmHasTheHelpdeskRolesAndTeams() {
        assertThat(production.path("realm").asString()).isEqualTo(KeycloakServer.REALM);
        assertThat(names(production.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder("AGENT", "QUALITY_MANAGER", "AUDITOR", "ADMIN");
        assertThat(names(production.path("groups").get(0).path("subGroups"), "path"))
                .containsExactly("/teams/first-line", "/teams/complaints", "/teams/billing");
        assertThat(production.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.has("accessTokenLifespan")).isFalse();
    }

    @Test
    void productionRealmHasNoUsersAndNoPasswordGrant() {
        assertThat(production.has("users")).isFalse();
        assertThat(names(production.path("clients"), "clientId"))
                .containsExactly(KeycloakServer.WEB_CLIENT_ID, KeycloakServer.API_AUDIENCE);
        assertThat(production.path("clients"))
                .allSatisfy(client -> assertThat(
                                client.path("directAccessGrantsEnabled").asBoolean())
                        .isFalse());
    }

    @Test
    void webClientIsConfidentialWithPkceAndItsSecretComesFromThePlaceholder() {
        JsonNode web = client(production, KeycloakServer.WEB_CLIENT_ID);

        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("secret").asString()).isEqualTo("${HELPDESK_WEB_CLIENT_SECRET}");
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(web.path("redirectUris").get(0).asString())
                .as("Keycloak accepts any port for a loopback redirect URI registered without one (RFC 8252)")
                .isEqualTo("http://localhost/login/oauth2/code/keycloak");
        assertThat(web.path("defaultClientScopes").toString()).contains("\"roles\"", "\"helpdesk\"");
    }

    @Test
    void helpdeskScopePutsTeamNamesAndTheApiAudienceIntoTokens() {
        JsonNode mappers = production.path("clientScopes").get(0).path("protocolMappers");

        assertThat(production.path("clientScopes").get(0).path("name").asString())
                .isEqualTo("helpdesk");
        assertThat(mappers.get(0).path("protocolMapper").asString()).isEqualTo("oidc-group-membership-mapper");
        assertThat(mappers.get(0).path("config").path("claim.name").asString()).isEqualTo("groups");
        assertThat(mappers.get(0).path("config").path("full.path").asString()).isEqualTo("false");
        assertThat(mappers.get(1).path("protocolMapper").asString()).isEqualTo("oidc-audience-mapper");
        assertThat(mappers.get(1)
                        .path("config")
                        .path("included.client.audience")
                        .asString())
                .isEqualTo(KeycloakServer.API_AUDIENCE);
        // Keycloak skips its default scopes (roles, profile...) when a realm brings its own, unless asked.
        assertThat(production
                        .path("attributes")
                        .path("CreateDefaultClientScopes")
                        .asString())
                .isEqualTo("true");
    }

    @Test
    void devRealmAddsTheTestClientAndOneDemoUserPerRole() {
        DevRealm realm = DevRealm.withRandomSecrets();
        JsonNode imported = JSON.readTree(realm.importJson());

        assertThat(names(imported.path("clients"), "clientId"))
                .containsExactly(
                        KeycloakServer.WEB_CLIENT_ID, KeycloakServer.API_AUDIENCE, KeycloakServer.TEST_CLIENT_ID);
        JsonNode test = client(imported, KeycloakServer.TEST_CLIENT_ID);
        assertThat(test.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(test.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(realm.userPasswords()).containsOnlyKeys("agent", "quality", "auditor", "admin");
        assertThat(user(imported, "agent").path("realmRoles").toString()).isEqualTo("[\"AGENT\"]");
        assertThat(user(imported, "quality").path("groups").toString())
                .isEqualTo("[\"/teams/complaints\",\"/teams/billing\"]");
    }

    @Test
    void everyPlaceholderBecomesTheRandomValueTheServerHandsOut() {
        DevRealm realm = DevRealm.withRandomSecrets();
        JsonNode imported = JSON.readTree(realm.importJson());

        assertThat(realm.importJson()).doesNotContain("${HELPDESK_");
        assertThat(client(imported, KeycloakServer.WEB_CLIENT_ID).path("secret").asString())
                .isEqualTo(realm.webClientSecret())
                .hasSizeGreaterThanOrEqualTo(32);
        assertThat(user(imported, "auditor")
                        .path("credentials")
                        .get(0)
                        .path("value")
                        .asString())
                .isEqualTo(realm.userPasswords().get("auditor"));
    }

    @Test
    void secretsDifferBetweenRealmsAndBetweenUsers() {
        DevRealm first = DevRealm.withRandomSecrets();
        DevRealm second = DevRealm.withRandomSecrets();

        assertThat(first.webClientSecret()).isNotEqualTo(second.webClientSecret());
        assertThat(first.userPasswords().get("agent"))
                .isNotEqualTo(second.userPasswords().get("agent"));
        assertThat(first.userPasswords().values()).doesNotHaveDuplicates().doesNotContain(first.webClientSecret());
    }

    @Test
    void keycloakMessageKeysAreNoPlaceholdersOfOurs() {
        DevRealm realm = DevRealm.withRandomSecrets(
                realm("\"${HELPDESK_WEB_CLIENT_SECRET}\"", "\"description\": \"${role_offline-access}\""),
                "{\"users\": []}");

        assertThat(realm.importJson()).contains("${role_offline-access}");
    }

    @Test
    void refusesLiteralSecretsAndPasswords() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DevRealm.withRandomSecrets(realm("\"s3cret\"", "\"x\": 1"), "{}"))
                .withMessageContaining("helpdesk-web client's secret must be a ${HELPDESK_...} placeholder");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DevRealm.withRandomSecrets(
                        realm("\"${HELPDESK_WEB_CLIENT_SECRET}\"", "\"x\": 1"),
                        "{\"users\": [{\"username\": \"agent\", \"credentials\": [{\"value\": \"agent\"}]}]}"))
                .withMessageContaining("password of user 'agent' must be a ${HELPDESK_...} placeholder");
    }

    @Test
    void overlayMayOnlyAddClientsAndUsers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DevRealm.merge(
                        realm("\"${HELPDESK_WEB_CLIENT_SECRET}\"", "\"x\": 1"), "{\"bruteForceProtected\": false}"))
                .withMessageContaining("'bruteForceProtected'");
    }

    private static String realm(String webSecret, String extraMember) {
        return "{\"realm\": \"helpdesk\", " + extraMember + ", \"clients\": [{\"clientId\": \"helpdesk-web\","
                + " \"secret\": " + webSecret + "}]}";
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode user(JsonNode realm, String username) {
        return find(realm.path("users"), "username", username);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asString())) {
                return element;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(element -> names.add(element.path(field).asString()));
        return names;
    }
}
