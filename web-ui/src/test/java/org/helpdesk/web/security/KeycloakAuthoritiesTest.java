package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class KeycloakAuthoritiesTest {

    private final KeycloakAuthorities keycloak = new KeycloakAuthorities(List.of("helpdesk-web", "helpdesk-api"));

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("AGENT", "AUDITOR")));

        assertThat(names(claims)).containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_AUDITOR");
    }

    @Test
    void unknownAndKeycloakDefaultRolesGrantNothing() {
        Map<String, Object> claims = Map.of(
                "realm_access",
                Map.of("roles", List.of("offline_access", "uma_authorization", "default-roles-helpdesk", "agent")));

        assertThat(keycloak.authorities(claims)).isEmpty();
    }

    @Test
    void rolesOfOurClientsCountAndRolesOfOtherClientsDoNot() {
        Map<String, Object> claims = Map.of(
                "resource_access",
                Map.of(
                        "helpdesk-api", Map.of("roles", List.of("QUALITY_MANAGER")),
                        "account", Map.of("roles", List.of("ADMIN", "manage-account"))));

        assertThat(keycloak.roles(claims)).containsExactly(Role.QUALITY_MANAGER);
    }

    @Test
    void realmAndClientRolesAreMergedWithoutDuplicates() {
        Map<String, Object> claims = Map.of(
                "realm_access", Map.of("roles", List.of("ADMIN")),
                "resource_access", Map.of("helpdesk-web", Map.of("roles", List.of("ADMIN", "AGENT"))));

        assertThat(names(claims)).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_AGENT");
    }

    @Test
    void missingClaimsGrantNothing() {
        assertThat(keycloak.authorities(Map.of())).isEmpty();
        assertThat(keycloak.teams(Map.of())).isEmpty();
    }

    @Test
    void claimsOfTheWrongShapeGrantNothingAndDoNotThrow() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", List.of("ADMIN"));
        claims.put("resource_access", Map.of("helpdesk-web", "ADMIN", "helpdesk-api", Map.of("roles", "ADMIN")));
        claims.put("groups", "first-line");

        assertThat(keycloak.authorities(claims)).isEmpty();
        assertThat(keycloak.teams(claims)).isEmpty();
    }

    @Test
    void nonTextEntriesInsideListsAreSkipped() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("realm_access", Map.of("roles", java.util.Arrays.asList(42, null, Map.of("x", "y"), "AUDITOR")));
        claims.put("groups", java.util.Arrays.asList(7, "billing", null));

        assertThat(keycloak.roles(claims)).containsExactly(Role.AUDITOR);
        assertThat(keycloak.teams(claims)).containsExactly("billing");
    }

    @Test
    void groupsBecomeTeamNamesAlsoWhenSentAsFullPaths() {
        Map<String, Object> claims = Map.of("groups", List.of("first-line", "/teams/billing", "/teams/billing", "/"));

        assertThat(keycloak.teams(claims)).containsExactly("first-line", "billing");
    }

    private List<String> names(Map<String, Object> claims) {
        return keycloak.authorities(claims).stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
