package org.allianceplanner.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it, for a session (form sign-in) or one request (token):
 * name, roles as authorities, scopes, and the token used, if any.
 */
public final class Principal implements UserDetails, CredentialsContainer, Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final Set<Role> roles;
    private final Set<String> scopes;
    private final Long tokenId;

    Principal(Account account, boolean locked, Long tokenId) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.locked = locked;
        this.roles = account.roles();
        this.scopes = account.scopes();
        this.tokenId = tokenId;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The scopes the user is limited to; empty: all. */
    public Set<String> scopes() {
        return scopes;
    }

    public Long tokenId() {
        return tokenId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    static List<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().sorted().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return username + roles;
    }
}
