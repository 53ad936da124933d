package org.allianceplanner.security;

import java.time.Instant;

/** A personal or service token as listed (its secret is shown once, at creation, and only its hash is kept). */
public record AccessToken(long id, String username, String name, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {
}
