package org.helpdesk.account;

import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. {@code passwordHash} is absent for accounts that only sign in through SSO; {@code timeZone}
 * is absent when they see times in the organisation's zone.
 */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        @Nullable String passwordHash,
        Set<Role> roles,
        boolean enabled,
        @Nullable ZoneId timeZone) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
