package org.allianceplanner.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A session's user (form or single sign-on) read afresh from the users table on every request, so that an
 * administrator's change takes effect at once: removed or disabled, the session ends (401); roles and scopes
 * are this request's from the table, not those of the sign-in. (A token's user is read afresh already.)
 */
final class SessionRefreshFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final ProblemWriter problems;

    SessionRefreshFilter(Accounts accounts, ProblemWriter problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()
                || authentication.getPrincipal() instanceof Principal p && p.tokenId() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = accounts.find(authentication.getName());
        if (authentication.getPrincipal() instanceof Principal p) {
            account = account.filter(a -> a.id() == p.id());
        }
        if (account.isEmpty() || !account.get().enabled()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            problems.commence(request, response, new InsufficientAuthenticationException("account gone"));
            return;
        }
        Authentication fresh;
        if (authentication instanceof OAuth2AuthenticationToken oidc) {
            fresh = new OAuth2AuthenticationToken(oidc.getPrincipal(), Principal.authorities(account.get().roles()),
                    oidc.getAuthorizedClientRegistrationId());
        } else if (authentication.getPrincipal() instanceof Principal) {
            Principal principal = new Principal(account.get(), false, null);
            principal.eraseCredentials();
            fresh = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        } else {
            chain.doFilter(request, response);
            return;
        }
        // For this request only: the session keeps what it holds, and is read afresh again next time.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fresh);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
