package org.allianceplanner.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceplanner.messages.Message;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Scope limits for everything addressed by path: a user limited to scopes gets 403 for a plan of
 * another scope ({@code /api/plans/{id}/…}, and the plan a diff compares against) and for another
 * scope's master data ({@code /api/scopes/{scope}/…}). Lists, submissions and rebalancing filter by
 * scope in their features (through {@code api.Caller}).
 */
final class ScopeFilter extends OncePerRequestFilter {

    private final CurrentUsers users;
    private final AuditLog plans;
    private final ProblemWriter problems;

    ScopeFilter(CurrentUsers users, AuditLog plans, ProblemWriter problems) {
        this.users = users;
        this.plans = plans;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal user = users.current();
        if (user == null || user.scopes().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessRules.Matched> matched = AccessRules.find(request);
        if (matched.isPresent()) {
            for (String scope : scopesOf(request, matched.get().variables())) {
                if (!user.scopes().contains(scope)) {
                    problems.write(response, 403, Message.of("error.forbidden.title"),
                            Message.of("error.forbidden.scope", scope));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private List<String> scopesOf(HttpServletRequest request, Map<String, String> variables) {
        List<String> scopes = new ArrayList<>();
        if (variables.containsKey("scope")) {
            scopes.add(variables.get("scope"));
        }
        if (variables.containsKey("id") && AccessRules.pathOf(request).startsWith("/api/plans/")) {
            plans.scopeOfPlan(variables.get("id")).ifPresent(scopes::add);
            String against = request.getParameter("against");
            if (against != null) {
                plans.scopeOfPlan(against).ifPresent(scopes::add);
            }
        }
        return scopes;
    }
}
