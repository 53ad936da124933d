package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.allianceplanner.testing.SharedServiceContext;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Shared by the adoption, master-data, rebalancing and diff tests: one service on its own in-memory
 * H2 (the same properties, so one Spring context for all of them), every test in its own scope.
 */
// Metrics exported as in production (OperationsApiTest scrapes /actuator/prometheus); the same
// annotation and properties on PlannerPageAdoptionBrowserTest keep one context for both.
@SharedServiceContext
abstract class ScopeApiSupport {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUpClient() {
        api = new ApiClient(port);
    }

    static String newScope() {
        return "county-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String scopeUrl(String scope) {
        return "/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8);
    }

    /** Submits a problem and waits until it is solved; returns its id. */
    String solve(ObjectNode problem) {
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=2s&unimprovedTimeLimit=1s", problem.toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        waitUntilFinished(id);
        return id;
    }

    JsonNode waitUntilFinished(String id) {
        JsonNode status = api.pollStatus(id, s -> s.get("status").asText().matches("SOLVED|STOPPED|FAILED"),
                Duration.ofSeconds(60));
        assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("SOLVED");
        return status;
    }

    /** A new scope with a solved and adopted plan of the small county; returns the plan id. */
    String adoptedPlan(String scope) {
        String id = solve(SmallCounty.problem(scope));
        ApiClient.Response adopted = api.post("/api/plans/" + id + "/adopt");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return id;
    }

    JsonNode masterData(String scope) {
        ApiClient.Response response = api.get(scopeUrl(scope));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("data");
    }

    JsonNode plan(String id) {
        ApiClient.Response response = api.get("/api/plans/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("plan");
    }

    static Map<String, String> assignment(JsonNode plan, String field) {
        Map<String, String> assignment = new HashMap<>();
        plan.get("organizations").forEach(o -> assignment.put(o.get("id").asText(),
                o.hasNonNull(field) ? o.get(field).asText() : null));
        return assignment;
    }

    static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }

    /** The fields of a problem+json 400, after checking it is one. */
    static List<String> badFields(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> {
            assertThat(e.get("message").asText()).isNotBlank();
            assertThat(e.get("messageEn").asText()).isNotBlank();
            fields.add(e.get("field").asText());
        });
        return fields;
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isNotBlank();
    }
}
