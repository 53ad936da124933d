package org.allianceplanner.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request as a {@link Principal}, however they signed in: the form and tokens
 * hold one already; a single sign-on user is read from the users table (kept in step with their claims).
 */
@Component
class CurrentUsers {

    private final Accounts accounts;

    CurrentUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The current request's user, or null when not signed in. */
    Principal current() {
        return principal(SecurityContextHolder.getContext().getAuthentication());
    }

    Principal principal(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        if (authentication.getPrincipal() instanceof Principal principal) {
            return principal;
        }
        return accounts.find(authentication.getName()).map(a -> {
            Principal p = new Principal(a, false, null);
            p.eraseCredentials();
            return p;
        }).orElse(null);
    }
}
