package org.allianceplanner.security;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A single sign-on user as the service knows them: named by {@code preferred_username} (else
 * {@code sub}), with the roles of the configured claim ({@code alliance.security.oidc-role-claim},
 * "roles": ADMINISTRATOR, APPROVER, PLANNER, VIEWER or their Chinese names) and the scopes of
 * {@code alliance.security.oidc-scope-claim}. They are kept in the users table (no password), so the
 * audit trail, scope limits and revisions name them like everyone else; each sign-in updates them.
 * A user without a known role signs in but is refused everything (deny by default).
 */
final class OidcAccounts extends OidcUserService {

    private static final List<String> CHINESE = List.of("管理员", "审定人", "规划员", "查阅人");

    private final Accounts accounts;
    private final SecuritySettings settings;

    OidcAccounts(Accounts accounts, SecuritySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String key = user.getClaimAsString("preferred_username") != null ? "preferred_username" : "sub";
        String username = user.getClaimAsString(key);
        Set<Role> roles = roles(claim(user, settings.oidcRoleClaim()));
        Set<String> scopes = new LinkedHashSet<>(claim(user, settings.oidcScopeClaim()));
        String name = user.getFullName();
        accounts.find(username).ifPresentOrElse(existing -> {
            if (existing.passwordHash() != null) {
                // A local account of the same name is not taken over by single sign-on.
                throw new OAuth2AuthenticationException(new OAuth2Error("account_exists"));
            }
            accounts.update(existing.id(), name, true, null, null, roles, scopes);
        }, () -> accounts.create(username, name, null, roles, scopes, Instant.now()));
        return new DefaultOidcUser(Principal.authorities(roles), user.getIdToken(), user.getUserInfo(), key);
    }

    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role.parse(name).ifPresent(roles::add);
            int chinese = CHINESE.indexOf(name == null ? "" : name.strip());
            if (chinese >= 0) {
                roles.add(Role.values()[chinese]);
            }
        }
        return roles;
    }

    private static List<String> claim(OidcUser user, String claim) {
        Object value = user.getClaims().get(claim);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("[,\\s]+"));
        }
        return List.of();
    }
}
