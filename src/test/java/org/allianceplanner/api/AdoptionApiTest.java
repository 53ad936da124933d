package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Adopting a plan: only a finished one, and its assignment becomes the scope's master data. */
class AdoptionApiTest extends ScopeApiSupport {

    @Test
    void anUnfinishedPlanCannotBeAdopted() {
        String scope = newScope();
        String id = api.postJson("/api/plans?timeLimit=60s&unimprovedTimeLimit=50s",
                SmallCounty.json(scope)).json().get("id").asText();
        ApiClient.Response early = api.post("/api/plans/" + id + "/adopt");
        assertProblem(early, 409);
        assertThat(early.json().get("detail").asText()).contains("SOLVED or STOPPED");

        api.pollStatus(id, s -> s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(20));
        assertProblem(api.post("/api/plans/" + id + "/adopt"), 409);
        assertProblem(api.get(scopeUrl(scope)), 404);

        // Stopped with a complete assignment, it can be adopted.
        api.pollStatus(id, s -> s.get("feasible") != null && s.get("feasible").asBoolean(), Duration.ofSeconds(20));
        api.delete("/api/plans/" + id + "/solving");
        api.pollStatus(id, s -> s.get("status").asText().equals("STOPPED"), Duration.ofSeconds(20));
        assertThat(api.post("/api/plans/" + id + "/adopt").status()).isEqualTo(200);
    }

    @Test
    void aPlanStoppedWhileWaitingHasNothingToAdopt() {
        String scope = newScope();
        // Two long plans fill both solver slots, so the third waits and is stopped while waiting. They are
        // dianjiang's, not the small county's, which can reach a perfect score and end at once.
        String dianjiang = readDataset("dianjiang");
        String a = api.postJson("/api/plans?timeLimit=60s&unimprovedTimeLimit=50s", dianjiang).json().get("id").asText();
        String b = api.postJson("/api/plans?timeLimit=60s&unimprovedTimeLimit=50s", dianjiang).json().get("id").asText();
        // Both solving before the third is submitted: plans submitted in one instant may be taken in any order.
        api.pollStatus(a, s -> s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(20));
        api.pollStatus(b, s -> s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(20));
        String waiting = api.postJson("/api/plans?timeLimit=60s", SmallCounty.json(scope)).json().get("id").asText();
        try {
            JsonNode stopped = api.delete("/api/plans/" + waiting + "/solving").json();
            assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
            assertThat(stopped.has("score")).isFalse();
            ApiClient.Response response = api.post("/api/plans/" + waiting + "/adopt");
            assertProblem(response, 409);
            assertThat(response.json().get("detail").asText()).contains("before every organization was placed");
        } finally {
            api.delete("/api/plans/" + a + "/solving");
            api.delete("/api/plans/" + b + "/solving");
        }
    }

    @Test
    void unknownPlansAreNotFound() {
        assertProblem(api.post("/api/plans/no-such-plan/adopt"), 404);
        assertProblem(api.get("/api/scopes/no-such-scope"), 404);
        assertProblem(api.get("/api/scopes/no-such-scope/changes"), 404);
    }

    @Test
    void adoptingMakesTheAssignmentTheScopesMasterData() {
        String scope = "垫江县 " + newScope();
        String id = solve(SmallCounty.problem(scope));
        Map<String, String> solved = assignment(plan(id), "community");

        ApiClient.Response adopted = api.post("/api/plans/" + id + "/adopt");
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        JsonNode body = adopted.json();
        assertThat(body.get("scope").asText()).isEqualTo(scope);
        assertThat(body.get("planId").asText()).isEqualTo(id);
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        assertThat(body.get("alreadyAdopted").asBoolean()).isFalse();
        assertThat(body.get("feasible").asBoolean()).isTrue();
        assertThat(body.get("scopeUrl").asText()).isEqualTo(scopeUrl(scope));

        JsonNode view = api.get(body.get("scopeUrl").asText()).json();
        assertThat(view.get("adoptedPlanId").asText()).isEqualTo(id);
        assertThat(view.get("changedSinceAdoption").asBoolean()).isFalse();
        JsonNode data = view.get("data");
        assertThat(assignment(data, "currentCommunity")).isEqualTo(solved);
        data.get("organizations").forEach(o -> assertThat(o.has("community")).isFalse());

        JsonNode status = api.get("/api/plans/" + id + "/status").json();
        assertThat(status.get("adopted").asBoolean()).isTrue();
        assertThat(status.get("scope").asText()).isEqualTo(scope);
        assertThat(api.get("/api/scopes").json()).anySatisfy(s -> assertThat(s.get("scope").asText()).isEqualTo(scope));
        assertThat(api.post("/api/plans/" + id + "/adopt").json().get("alreadyAdopted").asBoolean()).isTrue();

        // Adopting another plan of the scope replaces the plan in force and is logged.
        String other = solve(SmallCounty.problem(scope));
        JsonNode second = api.post("/api/plans/" + other + "/adopt").json();
        assertThat(second.get("previousPlanId").asText()).isEqualTo(id);
        assertThat(second.get("revision").asInt()).isEqualTo(2);
        assertThat(api.get("/api/plans/" + id + "/status").json().has("adopted")).isFalse();
        JsonNode changes = api.get(scopeUrl(scope) + "/changes").json();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("ADOPT");
        assertThat(changes.get(1).get("planId").asText()).isEqualTo(other);
        assertThat(changes.get(1).get("changedAt").asText()).isNotBlank();
    }

    private static String readDataset(String name) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("datasets", name + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
