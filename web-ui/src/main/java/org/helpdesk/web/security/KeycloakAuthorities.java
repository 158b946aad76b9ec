package org.helpdesk.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.helpdesk.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads a Keycloak token's claims: our four roles from {@code realm_access.roles} and
 * {@code resource_access.<client>.roles}, team names from {@code groups}. Anything else (unknown roles, missing
 * claims, claims of the wrong shape) is ignored: it grants nothing and never throws.
 */
final class KeycloakAuthorities {

    private final Set<String> clientIds;

    /** @param clientIds the clients whose client roles count (ours: the web client and the API audience) */
    KeycloakAuthorities(Collection<String> clientIds) {
        this.clientIds = Set.copyOf(clientIds);
    }

    Set<Role> roles(Map<String, ?> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(claims.get("realm_access"), roles);
        if (claims.get("resource_access") instanceof Map<?, ?> clients) {
            clientIds.forEach(client -> addRoles(clients.get(client), roles));
        }
        return roles;
    }

    Set<GrantedAuthority> authorities(Map<String, ?> claims) {
        return roles(claims).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Team names; Keycloak sends group names, or full paths ({@code /teams/billing}) if so configured. */
    List<String> teams(Map<String, ?> claims) {
        return strings(claims.get("groups")).stream()
                .map(group -> group.substring(group.lastIndexOf('/') + 1))
                .filter(team -> !team.isBlank())
                .distinct()
                .toList();
    }

    private static void addRoles(Object access, Set<Role> roles) {
        if (access instanceof Map<?, ?> map) {
            strings(map.get("roles")).stream()
                    .flatMap(name -> known(name).stream())
                    .forEach(roles::add);
        }
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .filter(String.class::isInstance)
                    .map(String.class::cast)
                    .toList();
        }
        return List.of();
    }

    private static java.util.Optional<Role> known(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
