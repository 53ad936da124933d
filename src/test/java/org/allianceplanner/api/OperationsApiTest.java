package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Operations: liveness and readiness (database and dispatcher) for probes, the solver's metrics in
 * Prometheus format, and the OpenAPI description with its UI served from the jar.
 */
class OperationsApiTest extends ScopeApiSupport {

    @Test
    void livenessAndReadinessWithTheDatabaseAndTheDispatcher() {
        // Probes come without credentials.
        ApiClient anonymous = new ApiClient(port, null);
        ApiClient.Response liveness = anonymous.get("/actuator/health/liveness");
        assertThat(liveness.status()).as(liveness.body()).isEqualTo(200);
        assertThat(liveness.json().get("status").asText()).isEqualTo("UP");
        ApiClient.Response open = anonymous.get("/actuator/health/readiness");
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.json().get("status").asText()).isEqualTo("UP");
        assertThat(open.json().has("components")).as("details only for signed-in callers").isFalse();
        ApiClient.Response readiness = api.get("/actuator/health/readiness");
        JsonNode components = readiness.json().get("components");
        assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("dispatcher").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("dispatcher").get("details").get("slots").asInt()).isEqualTo(2);
        assertThat(anonymous.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.get("/actuator/prometheus").status()).as("metrics need a signed-in caller").isEqualTo(401);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
    }

    @Test
    void theSolversMetricsInPrometheusFormat() {
        solve(SmallCounty.problem(newScope()));
        ApiClient.Response prometheus = api.get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body())
                .contains("alliance_plans_queued")
                .contains("alliance_plans_solving")
                .contains("alliance_solve_time_seconds_count{application=\"alliance-planner\",outcome=\"SOLVED\"}")
                .contains("alliance_solve_score_calculation_speed")
                .contains("alliance_solve_time_to_first_feasible_seconds_count")
                .contains("alliance_solve_best_score{application=\"alliance-planner\",level=\"hard\"} 0.0");
    }

    @Test
    void theOptimalityGapOfThePlanToldLast() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.allianceplanner.solver.CpSat.available());
        String id = solve(SmallCounty.problem(newScope()));
        JsonNode status = api.pollStatus(id, s -> s.path("gapPercent").isNumber(), java.time.Duration.ofSeconds(60));
        String gap = java.util.Arrays.stream(api.get("/actuator/prometheus").body().split("\n"))
                .filter(line -> line.startsWith("alliance_solve_gap_percent{")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(gap.substring(gap.lastIndexOf(' ') + 1)))
                .isCloseTo(status.get("gapPercent").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theOpenApiDescriptionAndItsUiAreServedFromTheJar() {
        ApiClient.Response docs = api.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/plans")).isTrue();
        assertThat(paths.has("/api/plans/{id}/adopt")).isTrue();
        assertThat(paths.has("/api/scopes/{scope}/organizations")).isTrue();
        ApiClient.Response ui = api.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui").doesNotContain("https://");
    }
}
