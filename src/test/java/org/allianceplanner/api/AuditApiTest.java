package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit trail has a row for each kind of change, with the user who made it, the plan, the scope
 * and the outcome; tokens revoked are refused at once; the trail is for approvers and administrators
 * and filters by kind, user, scope and time.
 */
class AuditApiTest extends ScopeApiSupport {

    @Test
    void everyKindOfChangeIsRecordedWithItsUser() {
        ApiClient admin = api;
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String plannerName = "planner-" + suffix;
        String approverName = "approver-" + suffix;
        ApiClient planner = new ApiClient(port, Users.create(admin, plannerName, List.of("PLANNER"), List.of()));
        ApiClient approver = new ApiClient(port, Users.create(admin, approverName, List.of("APPROVER"), List.of()));
        String scope = newScope();

        // The planner: submit, rename, stop; the approver adopts; the planner changes master data and rebalances.
        api = planner;
        String plan = solve(SmallCounty.problem(scope));
        assertThat(planner.patchJson("/api/plans/" + plan, "{\"name\":\"新名字\"}").status()).isEqualTo(200);
        assertThat(planner.delete("/api/plans/" + plan + "/solving").status()).isIn(200, 409);
        assertThat(approver.post("/api/plans/" + plan + "/adopt").status()).isEqualTo(200);
        String organization = masterData(scope).get("organizations").get(0).get("id").asText();
        assertThat(planner.patchJson(scopeUrl(scope) + "/organizations/" + organization, "{\"partyMembers\": 41}")
                .status()).isEqualTo(200);
        assertThat(planner.post("/api/rebalance?scope=" + java.net.URLEncoder.encode(scope,
                java.nio.charset.StandardCharsets.UTF_8) + "&timeLimit=1s").status()).isIn(200, 202);
        // A refusal is recorded as such: a planner may not adopt.
        assertThat(planner.post("/api/plans/" + plan + "/adopt").status()).isEqualTo(403);

        JsonNode rows = admin.get("/api/audit?user=" + plannerName).json();
        List<String> seen = new ArrayList<>();
        rows.forEach(r -> seen.add(r.get("kind").asText() + " " + r.get("outcome").asText()));
        assertThat(seen).contains("SUBMIT SUCCEEDED", "UPDATE_PLAN SUCCEEDED", "STOP SUCCEEDED",
                "MASTER_DATA SUCCEEDED", "REBALANCE SUCCEEDED", "ADOPT REFUSED");
        rows.forEach(r -> assertThat(r.get("user").asText()).isEqualTo(plannerName));
        JsonNode change = first(rows, "MASTER_DATA");
        assertThat(change.get("scope").asText()).isEqualTo(scope);
        assertThat(change.get("subject").asText()).isEqualTo("organizations/" + organization);
        assertThat(change.hasNonNull("planId")).isFalse();
        JsonNode submitted = first(rows, "SUBMIT");
        assertThat(submitted.get("planId").asText()).isEqualTo(plan);
        assertThat(submitted.get("scope").asText()).as("the scope of a new plan").isEqualTo(scope);
        JsonNode adopted = first(admin.get("/api/audit?user=" + approverName + "&kind=ADOPT").json(), "ADOPT");
        assertThat(adopted.get("outcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(adopted.get("planId").asText()).isEqualTo(plan);
        assertThat(adopted.get("scope").asText()).isEqualTo(scope);

        // Users and tokens: the administrator's changes, and the planner's own token, revoked at once.
        JsonNode created = planner.postJson("/api/me/tokens", "{\"name\":\"nightly\"}").json();
        ApiClient script = new ApiClient(port, "Bearer " + created.get("token").asText());
        assertThat(script.get("/api/me").json().get("username").asText()).isEqualTo(plannerName);
        assertThat(planner.delete("/api/me/tokens/" + created.get("id").asText()).status()).isEqualTo(200);
        ApiClient.Response refused = script.get("/api/plans");
        assertThat(refused.status()).as("a revoked token is refused at once").isEqualTo(401);
        assertThat(refused.json().get("code").asText()).isEqualTo("error.badToken.detail");
        List<String> tokenRows = new ArrayList<>();
        admin.get("/api/audit?kind=TOKEN&user=" + plannerName).json()
                .forEach(r -> tokenRows.add(r.get("method").asText() + " " + r.get("outcome").asText()));
        assertThat(tokenRows).containsExactly("DELETE SUCCEEDED", "POST SUCCEEDED");
        JsonNode userRows = admin.get("/api/audit?kind=USER&user=service").json();
        List<String> subjects = new ArrayList<>();
        userRows.forEach(r -> subjects.add(r.get("subject").asText()));
        assertThat(subjects).contains(plannerName, approverName);

        // Who may read it, and its filters.
        assertThat(planner.get("/api/audit").status()).isEqualTo(403);
        assertThat(approver.get("/api/audit?scope=" + java.net.URLEncoder.encode(scope,
                java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(admin.get("/api/audit?from=2999-01-01T00:00:00Z").json()).isEmpty();
        assertThat(badFields(admin.get("/api/audit?kind=EVERYTHING&from=yesterday"))).containsExactly("kind", "from");
    }

    private static JsonNode first(JsonNode rows, String kind) {
        for (JsonNode row : rows) {
            if (row.get("kind").asText().equals(kind)) {
                return row;
            }
        }
        throw new AssertionError("no " + kind + " row in " + rows);
    }
}
