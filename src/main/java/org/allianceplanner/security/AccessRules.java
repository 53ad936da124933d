package org.allianceplanner.security;

import static org.allianceplanner.security.AuditKind.ADOPT;
import static org.allianceplanner.security.AuditKind.MASTER_DATA;
import static org.allianceplanner.security.AuditKind.REBALANCE;
import static org.allianceplanner.security.AuditKind.STOP;
import static org.allianceplanner.security.AuditKind.SUBMIT;
import static org.allianceplanner.security.AuditKind.TOKEN;
import static org.allianceplanner.security.AuditKind.UPDATE_PLAN;
import static org.allianceplanner.security.AuditKind.USER;
import static org.allianceplanner.security.Role.ADMINISTRATOR;
import static org.allianceplanner.security.Role.APPROVER;
import static org.allianceplanner.security.Role.PLANNER;
import static org.allianceplanner.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call what: one row per method and path pattern with the lowest role allowed (null: anyone,
 * signed in or not) and the audit kind recorded for it. The security configuration is built from this
 * table alone and refuses everything not in it (deny by default); the first matching row wins, so a
 * specific path goes before a general one. A new endpoint is one row here and one in AccessApiTest.
 */
public final class AccessRules {

    /** One row: {@code method} null matches every method; {@code role} null is public. */
    public record Rule(HttpMethod method, String pattern, Role role, AuditKind audit) {

        PathPattern parsed() {
            return PathPatternParser.defaultInstance.parse(pattern);
        }

        /** The path's variables ({id}, {scope}…) when this row matches the request, else empty. */
        Optional<Map<String, String>> match(String method, String path) {
            if (this.method != null && !this.method.matches(method)) {
                return Optional.empty();
            }
            PathPattern.PathMatchInfo info = parsed().matchAndExtract(PathContainer.parsePath(path));
            return info == null ? Optional.empty() : Optional.of(info.getUriVariables());
        }
    }

    private static Rule rule(HttpMethod method, String pattern, Role role) {
        return new Rule(method, pattern, role, null);
    }

    private static Rule rule(HttpMethod method, String pattern, Role role, AuditKind audit) {
        return new Rule(method, pattern, role, audit);
    }

    public static final List<Rule> RULES = List.of(
            // The sign-in page and what it needs, open to all; sign-in and sign-out are the security filters' own.
            rule(GET, "/signin.html", null),
            rule(POST, "/signin", null),
            rule(POST, "/signout", null),
            rule(GET, "/css/**", null),
            rule(GET, "/js/**", null),
            rule(GET, "/favicon.svg", null),
            rule(GET, "/api/sign-in-options", null),
            rule(GET, "/oauth2/authorization/*", null),
            rule(GET, "/login/oauth2/code/*", null),
            // The planners' page.
            rule(GET, "/", VIEWER),
            rule(GET, "/index.html", VIEWER),
            // Who am I (the page's top bar), my own tokens.
            rule(GET, "/api/me", VIEWER),
            rule(GET, "/api/me/tokens", VIEWER),
            rule(POST, "/api/me/tokens", VIEWER, TOKEN),
            rule(DELETE, "/api/me/tokens/{tokenId}", VIEWER, TOKEN),
            // Users and their tokens: administrators.
            rule(GET, "/api/users", ADMINISTRATOR),
            rule(GET, "/api/users/**", ADMINISTRATOR),
            rule(POST, "/api/users", ADMINISTRATOR, USER),
            rule(POST, "/api/users/{username}/tokens", ADMINISTRATOR, TOKEN),
            rule(PATCH, "/api/users/{username}", ADMINISTRATOR, USER),
            rule(DELETE, "/api/users/{username}", ADMINISTRATOR, USER),
            rule(DELETE, "/api/users/{username}/tokens/{tokenId}", ADMINISTRATOR, TOKEN),
            // The audit trail.
            rule(GET, "/api/audit", APPROVER),
            // Reference data.
            rule(GET, "/api/constraints", VIEWER),
            rule(GET, "/api/vocabulary", VIEWER),
            rule(GET, "/api/datasets", VIEWER),
            rule(GET, "/api/datasets/{name}", VIEWER),
            // Workbooks: the template and exports for all, reading an upload for those who submit.
            rule(GET, "/api/templates/problem.xlsx", VIEWER),
            rule(POST, "/api/exports/*", VIEWER),
            rule(POST, "/api/imports/problem", PLANNER),
            // Plans.
            rule(POST, "/api/plans/analysis", PLANNER),
            rule(POST, "/api/plans", PLANNER, SUBMIT),
            rule(GET, "/api/plans", VIEWER),
            rule(PATCH, "/api/plans/{id}", PLANNER, UPDATE_PLAN),
            rule(DELETE, "/api/plans/{id}/solving", PLANNER, STOP),
            rule(POST, "/api/plans/{id}/adopt", APPROVER, ADOPT),
            // Why here and not there: reads, and a fit for a posted unit that writes nothing.
            rule(GET, "/api/plans/{id}/organizations/{organization}/alternatives", VIEWER),
            rule(GET, "/api/plans/{id}/organizations/{organization}/fit", VIEWER),
            rule(GET, "/api/plans/{id}/needs/candidates", VIEWER),
            rule(GET, "/api/plans/{id}/explanations", VIEWER),
            rule(POST, "/api/plans/{id}/fit", VIEWER),
            rule(GET, "/api/plans/{id}", VIEWER),
            rule(GET, "/api/plans/{id}/**", VIEWER),
            // Scopes and their master data.
            rule(GET, "/api/scopes", VIEWER),
            rule(GET, "/api/scopes/{scope}", VIEWER),
            rule(GET, "/api/scopes/{scope}/changes", VIEWER),
            rule(GET, "/api/scopes/{scope}/organizations/{organization}/fit", VIEWER),
            rule(POST, "/api/scopes/{scope}/**", PLANNER, MASTER_DATA),
            rule(PATCH, "/api/scopes/{scope}/**", PLANNER, MASTER_DATA),
            rule(PUT, "/api/scopes/{scope}/**", PLANNER, MASTER_DATA),
            rule(DELETE, "/api/scopes/{scope}/**", PLANNER, MASTER_DATA),
            // Rebalancing.
            rule(GET, "/api/rebalance", VIEWER),
            // Operations: the probes open to all (Kubernetes and load balancers ask them without
            // credentials); metrics and the API's description for anyone signed in (a Prometheus
            // scraper uses a viewer's API token).
            rule(GET, "/actuator/health", null),
            rule(GET, "/actuator/health/liveness", null),
            rule(GET, "/actuator/health/readiness", null),
            rule(GET, "/actuator/info", VIEWER),
            rule(GET, "/actuator/prometheus", VIEWER),
            rule(GET, "/actuator/metrics", VIEWER),
            rule(GET, "/actuator/metrics/**", VIEWER),
            rule(GET, "/v3/api-docs", VIEWER),
            rule(GET, "/v3/api-docs/**", VIEWER),
            rule(GET, "/v3/api-docs.yaml", VIEWER),
            rule(GET, "/swagger-ui.html", VIEWER),
            rule(GET, "/swagger-ui/**", VIEWER),
            rule(POST, "/api/rebalance", PLANNER, REBALANCE));

    private AccessRules() {
    }

    /** The first row matching the request, with the path's variables; empty when none does (refused). */
    public static Optional<Matched> find(HttpServletRequest request) {
        return find(request.getMethod(), pathOf(request));
    }

    public static Optional<Matched> find(String method, String path) {
        for (Rule rule : RULES) {
            Optional<Map<String, String>> variables = rule.match(method, path);
            if (variables.isPresent()) {
                return Optional.of(new Matched(rule, variables.get()));
            }
        }
        return Optional.empty();
    }

    /** A matching row and the values of its path variables. */
    public record Matched(Rule rule, Map<String, String> variables) {
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
