package org.allianceplanner.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import jakarta.servlet.DispatcherType;

/**
 * The access decision from {@link AccessRules#RULES} alone: the first matching row's role (through
 * the role hierarchy) decides; a public row lets anyone in; a request no row matches is refused.
 */
final class RulesAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final Map<Role, AuthorityAuthorizationManager<RequestAuthorizationContext>> byRole = new EnumMap<>(Role.class);

    RulesAuthorizationManager(RoleHierarchy hierarchy) {
        for (Role role : Role.values()) {
            AuthorityAuthorizationManager<RequestAuthorizationContext> manager = AuthorityAuthorizationManager.hasRole(role.name());
            manager.setRoleHierarchy(hierarchy);
            byRole.put(role, manager);
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (context.getRequest().getDispatcherType() == DispatcherType.ERROR) {
            // The error page of a request that was already let in (or refused) above.
            return new AuthorizationDecision(true);
        }
        return AccessRules.find(context.getRequest())
                .map(matched -> matched.rule().role() == null ? new AuthorizationDecision(true)
                        : byRole.get(matched.rule().role()).check(authentication, context))
                .orElseGet(() -> new AuthorizationDecision(false));
    }
}
