package org.allianceplanner.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user as stored: roles, scopes (empty: every scope), sign-in failures and lock-out. A service
 * account has no password and signs in by token only.
 */
public record Account(long id, String username, String displayName, String passwordHash, boolean enabled,
        int failedSignIns, Instant lockedUntil, Instant createdAt, Set<Role> roles, Set<String> scopes) {

    public Account {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The highest of the user's roles, or null with none. */
    Role highestRole() {
        return roles.stream().min(Enum::compareTo).orElse(null);
    }
}
