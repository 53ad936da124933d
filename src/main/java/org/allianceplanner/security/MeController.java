package org.allianceplanner.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in (the page's top bar), and how one may sign in (the sign-in page). */
@RestController
class MeController {

    /** The signed-in user: roles highest first; scopes empty when not limited. */
    record Me(String username, String displayName, List<Role> roles, List<String> scopes, boolean token) {
    }

    private final CurrentUsers users;
    private final OidcSignIn oidc;

    MeController(CurrentUsers users, OidcSignIn oidc) {
        this.users = users;
        this.oidc = oidc;
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        Principal p = users.principal(authentication);
        return new Me(p.getUsername(), p.displayName(), p.roles().stream().sorted().toList(),
                p.scopes().stream().sorted().toList(), p.tokenId() != null);
    }

    /** {"oidc": "/oauth2/authorization/…"} when single sign-on is configured. */
    @GetMapping("/api/sign-in-options")
    Map<String, String> signInOptions() {
        String link = oidc.link();
        return link == null ? Map.of() : Map.of("oidc", link);
    }
}
