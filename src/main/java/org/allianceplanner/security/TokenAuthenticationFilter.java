package org.allianceplanner.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code Authorization: Bearer <token>}: the token's hash is looked up on every request, so a revoked
 * token is refused at once. The authentication holds for this request only (no session). A bad token
 * is answered 401 at once, never passed on as anonymous.
 */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final ProblemWriter problems;
    private final Clock clock;

    TokenAuthenticationFilter(Accounts accounts, ProblemWriter problems, Clock clock) {
        this.accounts = accounts;
        this.problems = problems;
        this.clock = clock;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        var owner = secret.isEmpty() ? java.util.Optional.<Accounts.TokenOwner>empty()
                : accounts.authenticate(secret, clock.instant());
        if (owner.isEmpty() || !owner.get().account().enabled()) {
            request.setAttribute(ProblemWriter.BAD_TOKEN, true);
            problems.commence(request, response, new BadCredentialsException("bad token"));
            return;
        }
        Principal principal = new Principal(owner.get().account(), false, owner.get().tokenId());
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
