package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.allianceplanner.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what, endpoint by endpoint: each row names the lowest role allowed; every role below
 * it gets 403 (problem+json), it and every role above get through (to the endpoint's own answer: 2xx,
 * or 400/404/409 for the harmless requests used here). A further test checks that every handler
 * mapping of the application has its row: a new endpoint is one row here and one in AccessRules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessApiTest extends ScopeApiSupport {

    record Row(String method, String path, Role lowest, String body) {
    }

    private static Row row(String method, String path, Role lowest) {
        return new Row(method, path, lowest, null);
    }

    private static Row row(String method, String path, Role lowest, String body) {
        return new Row(method, path, lowest, body);
    }

    private static final Role VIEWER = Role.VIEWER;
    private static final Role PLANNER = Role.PLANNER;
    private static final Role APPROVER = Role.APPROVER;
    private static final Role ADMINISTRATOR = Role.ADMINISTRATOR;

    /** {plan}: a solved plan; {scope}: its scope, adopted. Bodies are harmless: refused as bad input at worst. */
    static final List<Row> TABLE = List.of(
            row("GET", "/api/me", VIEWER),
            row("GET", "/api/me/tokens", VIEWER),
            row("POST", "/api/me/tokens", VIEWER, "{}"),
            row("DELETE", "/api/me/tokens/0", VIEWER),
            row("GET", "/api/users", ADMINISTRATOR),
            row("GET", "/api/users/admin", ADMINISTRATOR),
            row("POST", "/api/users", ADMINISTRATOR, "{}"),
            row("PATCH", "/api/users/nobody", ADMINISTRATOR, "{}"),
            row("DELETE", "/api/users/nobody", ADMINISTRATOR),
            row("GET", "/api/users/admin/tokens", ADMINISTRATOR),
            row("POST", "/api/users/admin/tokens", ADMINISTRATOR, "{}"),
            row("DELETE", "/api/users/admin/tokens/0", ADMINISTRATOR),
            row("GET", "/api/audit", APPROVER),
            row("GET", "/api/constraints", VIEWER),
            row("GET", "/api/vocabulary", VIEWER),
            row("GET", "/api/datasets", VIEWER),
            row("GET", "/api/datasets/jintang-zhaozhen", VIEWER),
            row("GET", "/api/templates/problem.xlsx", VIEWER),
            row("POST", "/api/exports/roster.xlsx", VIEWER, "{}"),
            row("POST", "/api/exports/calendar.xlsx", VIEWER, "{}"),
            row("POST", "/api/exports/problem.xlsx", VIEWER, "{}"),
            row("POST", "/api/imports/problem", PLANNER, "{}"),
            row("POST", "/api/plans/analysis", PLANNER, "{}"),
            row("POST", "/api/plans", PLANNER, "{}"),
            row("GET", "/api/plans", VIEWER),
            row("PATCH", "/api/plans/{plan}", PLANNER, "{}"),
            row("DELETE", "/api/plans/{plan}/solving", PLANNER),
            row("POST", "/api/plans/{plan}/adopt", APPROVER),
            row("GET", "/api/plans/{plan}", VIEWER),
            row("GET", "/api/plans/{plan}/status", VIEWER),
            row("GET", "/api/plans/{plan}/analysis", VIEWER),
            row("GET", "/api/plans/{plan}/runs", VIEWER),
            row("GET", "/api/plans/{plan}/diff?against={plan}", VIEWER),
            row("GET", "/api/plans/{plan}/calendar", VIEWER),
            row("GET", "/api/plans/{plan}/calendar.ics", VIEWER),
            row("GET", "/api/plans/{plan}/calendar.xlsx", VIEWER),
            row("GET", "/api/plans/{plan}/roster.xlsx", VIEWER),
            row("GET", "/api/plans/{plan}/problem.xlsx", VIEWER),
            row("GET", "/api/plans/{plan}/summary", VIEWER),
            row("GET", "/api/plans/{plan}/summary.pdf", VIEWER),
            row("GET", "/api/plans/{plan}/roster.docx", VIEWER),
            row("GET", "/api/plans/{plan}/organizations/nobody/alternatives", VIEWER),
            row("GET", "/api/plans/{plan}/organizations/nobody/fit", VIEWER),
            row("GET", "/api/plans/{plan}/needs/candidates", VIEWER),
            row("GET", "/api/plans/{plan}/explanations", VIEWER),
            row("POST", "/api/plans/{plan}/fit", VIEWER, "{}"),
            row("GET", "/api/scopes", VIEWER),
            row("GET", "/api/scopes/{scope}", VIEWER),
            row("GET", "/api/scopes/{scope}/changes", VIEWER),
            row("GET", "/api/scopes/{scope}/organizations/nobody/fit", VIEWER),
            row("POST", "/api/scopes/{scope}/organizations", PLANNER, "{}"),
            row("PATCH", "/api/scopes/{scope}/organizations/nobody", PLANNER, "{}"),
            row("DELETE", "/api/scopes/{scope}/organizations/nobody", PLANNER),
            row("POST", "/api/scopes/{scope}/communities", PLANNER, "{}"),
            row("PATCH", "/api/scopes/{scope}/communities/nowhere", PLANNER, "{}"),
            row("PUT", "/api/scopes/{scope}/communities/nowhere/needs", PLANNER, "[]"),
            row("DELETE", "/api/scopes/{scope}/communities/nowhere", PLANNER),
            row("PUT", "/api/scopes/{scope}/data", PLANNER, "{}"),
            row("GET", "/api/rebalance", VIEWER),
            row("POST", "/api/rebalance?scope=nowhere", PLANNER),
            row("GET", "/actuator/info", VIEWER),
            row("GET", "/actuator/prometheus", VIEWER),
            row("GET", "/actuator/metrics", VIEWER),
            row("GET", "/actuator/metrics/jvm.memory.used", VIEWER),
            row("GET", "/v3/api-docs", VIEWER),
            row("GET", "/v3/api-docs/swagger-config", VIEWER),
            row("GET", "/v3/api-docs.yaml", VIEWER),
            row("GET", "/swagger-ui.html", VIEWER),
            row("GET", "/swagger-ui/index.html", VIEWER));

    /** Endpoints open to all (they are in EveryEndpointNeedsSignInTest's list too). */
    static final Set<String> OPEN = Set.of("GET /api/sign-in-options", "GET /error");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Role, ApiClient> clients = new EnumMap<>(Role.class);
    String plan;
    String scope;

    @BeforeAll
    void usersAndAPlan() {
        ApiClient admin = new ApiClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (Role role : Role.values()) {
            clients.put(role, new ApiClient(port, Users.create(admin, role.name().toLowerCase() + "-" + suffix,
                    List.of(role.name()), List.of())));
        }
        api = admin;
        scope = newScope();
        plan = adoptedPlan(scope);
    }

    @Test
    void eachRoleGets403BelowTheLowestRoleOfAnEndpointAndGetsThroughFromIt() {
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            String path = row.path().replace("{plan}", plan).replace("{scope}", scope);
            for (Role role : Role.values()) {
                ApiClient client = clients.get(role);
                ApiClient.Response response = switch (row.method()) {
                    case "GET" -> client.get(path);
                    case "DELETE" -> client.delete(path);
                    case "PATCH" -> client.patchJson(path, row.body());
                    case "PUT" -> client.putJson(path, row.body());
                    default -> row.body() == null ? client.post(path) : client.postJson(path, row.body());
                };
                boolean allowed = role.includes(row.lowest());
                boolean ok = allowed ? response.status() != 401 && response.status() != 403
                        : response.status() == 403 && response.contentType().startsWith("application/problem+json");
                if (!ok) {
                    wrong.add(row.method() + " " + path + " as " + role + ": " + response.status() + " "
                            + (response.body().length() > 200 ? response.body().substring(0, 200) : response.body()));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyHandlerMappingHasItsRow() {
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    var parsed = PathPatternParser.defaultInstance.parse(pattern);
                    boolean covered = OPEN.contains(endpoint) || TABLE.stream().anyMatch(row -> row.method()
                            .equals(method.name()) && parsed.matches(PathContainer.parsePath(
                                    row.path().replace("{plan}", "p").replace("{scope}", "s").replaceAll("\\?.*", ""))));
                    if (!covered) {
                        missing.add(endpoint);
                    }
                }
            }
        }
        assertThat(missing).as("endpoints without a row in AccessApiTest.TABLE").isEmpty();
    }
}
