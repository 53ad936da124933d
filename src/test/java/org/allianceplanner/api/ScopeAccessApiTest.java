package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user limited to a scope (a street official) sees and changes only that scope: its plans (lists,
 * reads, exports, diffs), its master data, its rebalancing, its submissions; everything of another
 * scope answers 403. Each change lands in the audit trail with that user's name, and master-data
 * revisions and adoptions name who made them.
 */
class ScopeAccessApiTest extends ScopeApiSupport {

    @Test
    void aStreetOfficialSeesAndChangesOnlyTheirScope() {
        ApiClient admin = api;
        String mine = newScope();
        String other = newScope();
        String myPlan = adoptedPlan(mine);
        String otherPlan = adoptedPlan(other);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String planner = "street-" + suffix;
        ApiClient street = new ApiClient(port, Users.create(admin, planner, List.of("PLANNER"), List.of(mine)));

        // Plans: the list, reads, exports and diffs.
        List<String> listed = new ArrayList<>();
        street.get("/api/plans").json().forEach(p -> listed.add(p.get("id").asText()));
        assertThat(listed).contains(myPlan).doesNotContain(otherPlan);
        assertThat(street.get("/api/plans/" + myPlan).status()).isEqualTo(200);
        assertForbidden(street.get("/api/plans/" + otherPlan), other);
        assertForbidden(street.get("/api/plans/" + otherPlan + "/status"), other);
        assertThat(street.get("/api/plans/" + myPlan + "/roster.xlsx").status()).isEqualTo(200);
        assertForbidden(street.get("/api/plans/" + otherPlan + "/roster.xlsx"), other);
        assertForbidden(street.get("/api/plans/" + otherPlan + "/summary.pdf"), other);
        assertForbidden(street.get("/api/plans/" + otherPlan + "/calendar.ics"), other);
        assertForbidden(street.get("/api/plans/" + myPlan + "/diff?against=" + otherPlan), other);
        assertForbidden(street.patchJson("/api/plans/" + otherPlan, "{\"name\":\"mine now\"}"), other);

        // Submitting: a plan of their scope, not of another.
        assertThat(street.postJson("/api/plans?timeLimit=1s", SmallCounty.problem(mine).toString()).status())
                .isEqualTo(202);
        assertForbidden(street.postJson("/api/plans?timeLimit=1s", SmallCounty.problem(other).toString()), other);

        // Master data.
        List<String> scopes = new ArrayList<>();
        street.get("/api/scopes").json().forEach(s -> scopes.add(s.get("scope").asText()));
        assertThat(scopes).contains(mine).doesNotContain(other);
        assertForbidden(street.get(scopeUrl(other)), other);
        assertForbidden(street.get(scopeUrl(other) + "/changes"), other);
        String organization = masterData(mine).get("organizations").get(0).get("id").asText();
        String otherOrganization = masterData(other).get("organizations").get(0).get("id").asText();
        ApiClient.Response changed = street.patchJson(scopeUrl(mine) + "/organizations/" + organization,
                "{\"partyMembers\": 77}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertForbidden(street.patchJson(scopeUrl(other) + "/organizations/" + otherOrganization,
                "{\"partyMembers\": 77}"), other);
        assertForbidden(street.delete(scopeUrl(other) + "/organizations/" + otherOrganization), other);
        assertThat(admin.patchJson(scopeUrl(other) + "/organizations/" + otherOrganization, "{\"partyMembers\": 78}")
                .status()).isEqualTo(200);

        // The revision names who made it.
        JsonNode changes = street.get(scopeUrl(mine) + "/changes").json();
        JsonNode last = changes.get(changes.size() - 1);
        assertThat(last.get("kind").asText()).isNotEqualTo("ADOPT");
        assertThat(last.get("changedBy").asText()).isEqualTo(planner);
        assertThat(changes.get(0).get("changedBy").asText()).as("the adoption names the administrator's service token")
                .isEqualTo("service");

        // Rebalancing: their scope only, also when no scope is named (the other scope changed too).
        assertForbidden(street.post("/api/rebalance?scope=" + other), other);
        ApiClient.Response rebalanced = street.post("/api/rebalance?timeLimit=2s&unimprovedTimeLimit=1s");
        assertThat(rebalanced.status()).as(rebalanced.body()).isEqualTo(202);
        List<String> proposed = new ArrayList<>();
        rebalanced.json().get("proposals").forEach(p -> proposed.add(p.get("scope").asText()));
        assertThat(proposed).containsExactly(mine);

        // The audit trail: each change with its user, scope and outcome (refusals too).
        JsonNode audit = admin.get("/api/audit?user=" + planner).json();
        List<String> kinds = new ArrayList<>();
        audit.forEach(row -> {
            assertThat(row.get("user").asText()).isEqualTo(planner);
            kinds.add(row.get("kind").asText() + " " + row.get("outcome").asText() + " "
                    + (row.hasNonNull("scope") ? row.get("scope").asText() : "-"));
        });
        assertThat(kinds).contains("MASTER_DATA SUCCEEDED " + mine, "MASTER_DATA REFUSED " + other,
                "SUBMIT SUCCEEDED " + mine, "REBALANCE SUCCEEDED -", "UPDATE_PLAN REFUSED " + other);
        assertThat(admin.get("/api/audit?scope=" + other + "&kind=MASTER_DATA&outcome=SUCCEEDED").json())
                .extracting(row -> row.get("user").asText()).contains("service").doesNotContain(planner);
    }

    @Test
    void aScopeLimitedApproverCannotAdoptAnotherScopesPlanAndTheAdoptionNamesTheApprover() {
        ApiClient admin = api;
        String mine = newScope();
        String other = newScope();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String approver = "approver-" + suffix;
        ApiClient approving = new ApiClient(port, Users.create(admin, approver, List.of("APPROVER"), List.of(mine)));
        String myPlan = solve(SmallCounty.problem(mine));
        String otherPlan = solve(SmallCounty.problem(other));
        assertForbidden(approving.post("/api/plans/" + otherPlan + "/adopt"), other);
        assertThat(approving.post("/api/plans/" + myPlan + "/adopt").status()).isEqualTo(200);
        JsonNode changes = approving.get(scopeUrl(mine) + "/changes").json();
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("ADOPT");
        assertThat(changes.get(0).get("changedBy").asText()).isEqualTo(approver);
        String next = solve(SmallCounty.problem(mine));
        JsonNode diff = approving.get("/api/plans/" + next + "/diff?against=" + myPlan).json();
        assertThat(diff.get("against").get("adoptedBy").asText()).isEqualTo(approver);
        JsonNode rows = admin.get("/api/audit?user=" + approver + "&kind=ADOPT").json();
        assertThat(rows).extracting(r -> r.get("outcome").asText() + " " + r.get("planId").asText())
                .containsExactlyInAnyOrder("SUCCEEDED " + myPlan, "REFUSED " + otherPlan);
    }

    static void assertForbidden(ApiClient.Response response, String scope) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("error.forbidden.scope");
        assertThat(response.json().get("detail").asText()).contains(scope);
    }

}
