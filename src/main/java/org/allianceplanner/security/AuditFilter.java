package org.allianceplanner.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the audit row of every request whose access rule names an audit kind, after it was answered:
 * who, the plan (the path's {id}, or the Location of a new plan), the scope (the path's {scope}, or
 * the plan's), the subject and the outcome from the status. Refusals (401, 403) are recorded too,
 * as this filter runs outside the access decision.
 */
final class AuditFilter extends OncePerRequestFilter {

    /** A feature may name the scope of its request here (a request attribute) when the path does not. */
    static final String SCOPE = AuditFilter.class.getName() + ".scope";

    private final AuditLog audit;
    private final Clock clock;

    AuditFilter(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AccessRules.Matched> matched = AccessRules.find(request);
        if (matched.isEmpty() || matched.get().rule().audit() == null) {
            chain.doFilter(request, response);
            return;
        }
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            record(request, response, matched.get(), status);
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, AccessRules.Matched matched,
            int status) {
        Map<String, String> variables = matched.variables();
        String path = AccessRules.pathOf(request);
        String location = response.getHeader("Location");
        String planId = variables.get("id");
        if (planId == null && path.equals("/api/plans") && location != null && location.contains("/api/plans/")) {
            planId = lastSegment(location);
        }
        String scope = variables.get("scope");
        if (scope == null && request.getAttribute(SCOPE) instanceof String named) {
            scope = named;
        }
        if (scope == null && planId != null) {
            scope = audit.scopeOfPlan(planId).orElse(null);
        }
        // A new plan is named in the plan column already.
        String subject = variables.containsKey("id") || path.equals("/api/plans") ? null
                : subject(path, variables, location);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String user = who == null || who instanceof AnonymousAuthenticationToken ? null : who.getName();
        audit.add(new AuditEntry(null, clock.instant(), user, matched.rule().audit(), request.getMethod(), path, planId,
                scope, subject, status, AuditEntry.outcomeOf(status)));
    }

    private static String subject(String path, Map<String, String> variables, String location) {
        if (variables.containsKey("scope")) {
            // What in the scope: "organizations/xyz", "communities/abc/needs", "data"; a new one by its Location.
            String prefix = "/api/scopes/";
            int start = path.indexOf('/', prefix.length());
            String rest = start < 0 ? null : java.net.URLDecoder.decode(path.substring(start + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            if (location != null && rest != null && !rest.contains("/")) {
                return rest + "/" + lastSegment(location);
            }
            return rest;
        }
        if (variables.containsKey("tokenId")) {
            return "token " + variables.get("tokenId");
        }
        if (variables.containsKey("username")) {
            return variables.get("username");
        }
        return location == null ? null : lastSegment(location);
    }

    private static String lastSegment(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        return java.net.URLDecoder.decode(trimmed.substring(trimmed.lastIndexOf('/') + 1),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
