package org.allianceplanner.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in back-off: each failed form sign-in is counted, and from the {@code maxSignInFailures}-th in
 * a row the user is locked out for a while (doubling each further time); a success resets the count.
 * Every failure goes into the audit trail.
 */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final AuditLog audit;
    private final SecuritySettings settings;
    private final Clock clock = Clock.systemUTC();

    SignInEvents(Accounts accounts, AuditLog audit, SecuritySettings settings) {
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt)) {
            return;
        }
        String username = attempt.getName();
        boolean locked = event instanceof AuthenticationFailureLockedEvent;
        if (!locked) {
            accounts.signInFailed(username, settings.maxSignInFailures(), settings.lockTime(), settings.maxLockTime(),
                    clock.instant());
        }
        audit.add(new AuditEntry(null, clock.instant(), username, AuditKind.SIGN_IN_FAILURE, "POST", "/signin", null,
                null, null, 401,
                locked ? "LOCKED" : "REFUSED"));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof Principal principal && principal.tokenId() == null) {
            accounts.signedIn(principal.getUsername());
        }
    }
}
