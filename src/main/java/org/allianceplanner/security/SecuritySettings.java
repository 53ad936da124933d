package org.allianceplanner.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.security.*}: sign-in back-off and the optional bootstrap service token.
 *
 * @param maxSignInFailures failures in a row after which sign-in is refused for {@code lockTime}
 * @param lockTime the first lock-out; each further failure doubles it, up to {@code maxLockTime}
 * @param maxLockTime the longest lock-out
 * @param bootstrapToken when set, a service account {@code bootstrapUser} (administrator) holds this
 *     token from the start: for scripts and the integration tests before anyone signs in
 * @param bootstrapUser the service account of the bootstrap token
 * @param minPasswordLength the shortest password a user may be given
 * @param oidcRoleClaim with OpenID Connect sign-in: the claim that lists the user's roles
 * @param oidcScopeClaim with OpenID Connect sign-in: the claim that lists the user's scopes (absent: all)
 */
@ConfigurationProperties("alliance.security")
public record SecuritySettings(
        @DefaultValue("5") int maxSignInFailures,
        @DefaultValue("1m") Duration lockTime,
        @DefaultValue("15m") Duration maxLockTime,
        String bootstrapToken,
        @DefaultValue("service") String bootstrapUser,
        @DefaultValue("8") int minPasswordLength,
        @DefaultValue("roles") String oidcRoleClaim,
        @DefaultValue("alliance_scopes") String oidcScopeClaim) {
}
