package org.allianceplanner.security;

import org.allianceplanner.api.Caller;
import org.springframework.stereotype.Component;

/**
 * The {@link Caller} of the features: the signed-in user of the current request. Outside a request
 * (the scheduled rebalancing) it is the service itself, with every scope.
 */
@Component
class SignedInCaller implements Caller {

    private final CurrentUsers users;

    SignedInCaller(CurrentUsers users) {
        this.users = users;
    }

    @Override
    public String name() {
        Principal p = users.current();
        return p == null ? null : p.getUsername();
    }

    @Override
    public boolean mayAccess(String scope) {
        Principal p = users.current();
        return p == null || p.scopes().isEmpty() || (scope != null && p.scopes().contains(scope));
    }
}
