package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The adoption → change → rebalance → diff → adopt workflow: a proposal starts from the adopted
 * assignment with stability on; a removed organization disappears, a new one is placed, and with a
 * move budget of 0 nobody else moves.
 */
class RebalanceApiTest extends ScopeApiSupport {

    private String rebalance(String scope, String parameters) {
        ApiClient.Response response = api.post("/api/rebalance?scope=" + scope + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode proposal = response.json().get("proposals").get(0);
        assertThat(proposal.get("scope").asText()).isEqualTo(scope);
        return proposal.get("planId").asText();
    }

    @Test
    void removedOrganizationDisappearsNewOnePlacedAndWithBudgetZeroNobodyElseMoves() {
        String scope = newScope();
        String adopted = adoptedPlan(scope);
        String url = scopeUrl(scope);
        ObjectNode newcomer = SmallCounty.organization("n1", "新单位", "HOSPITAL", 2, 0.001, 0.0, "HEALTH_CARE", null, 30);
        assertThat(api.postJson(url + "/organizations", newcomer.toString()).status()).isEqualTo(201);
        assertThat(api.delete(url + "/organizations/o2").status()).isEqualTo(200);
        Map<String, String> current = assignment(masterData(scope), "currentCommunity");

        ApiClient.Response response = api.post("/api/rebalance?scope=" + scope
                + "&maxMoves=0&timeLimit=3s&unimprovedTimeLimit=2s");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode proposal = response.json().get("proposals").get(0);
        assertThat(proposal.get("basedOn").asText()).isEqualTo(adopted);
        assertThat(proposal.get("revision").asInt()).isEqualTo(3);
        assertThat(proposal.get("maxMoves").asInt()).isZero();
        String id = proposal.get("planId").asText();

        JsonNode status = waitUntilFinished(id);
        assertThat(status.get("origin").asText()).isEqualTo("REBALANCE");
        assertThat(status.get("basedOn").asText()).isEqualTo(adopted);
        assertThat(status.get("feasible").asBoolean()).isTrue();
        JsonNode plan = plan(id);
        assertThat(plan.get("weights").get("stability").asLong()).as("stability on").isEqualTo(5000);
        assertThat(plan.get("rules").get("maxMoves").asInt()).isZero();

        Map<String, String> proposed = assignment(plan, "community");
        assertThat(proposed).doesNotContainKey("o2").containsKey("n1");
        assertThat(proposed.get("n1")).as("the new organization is placed").isNotNull();
        current.forEach((organization, community) -> {
            if (community != null) {
                assertThat(proposed.get(organization)).as(organization + " stays").isEqualTo(community);
            }
        });

        JsonNode diff = api.get("/api/plans/" + id + "/diff?against=" + adopted).json();
        assertThat(diff.get("summary").get("moved").asInt()).isZero();
        assertThat(diff.get("summary").get("added").asInt()).isEqualTo(1);
        assertThat(diff.get("summary").get("removed").asInt()).isEqualTo(1);
        JsonNode added = change(diff, "n1");
        assertThat(added.get("change").asText()).isEqualTo("ADDED");
        assertThat(added.get("to").asText()).isEqualTo(proposed.get("n1"));
        assertThat(added.get("reasonZh").asText()).contains("新单位").contains(added.get("toName").asText());
        assertThat(added.get("improves").toString()).as("placing it ends its 'unassigned' penalty")
                .contains("unassigned");
        JsonNode removed = change(diff, "o2");
        assertThat(removed.get("change").asText()).isEqualTo("REMOVED");
        assertThat(removed.get("from").asText()).isNotBlank();
        assertThat(diff.get("kpisBefore").get("organizations").asInt()).isEqualTo(SmallCounty.ORGANIZATIONS);
        assertThat(diff.get("kpisAfter").get("organizations").asInt()).isEqualTo(SmallCounty.ORGANIZATIONS);
        assertThat(diff.get("kpisAfter").get("movedFromCurrent").asInt()).isZero();

        // The same revision is not proposed twice; after adopting the proposal nothing is left to do.
        JsonNode again = api.post("/api/rebalance?scope=" + scope).json();
        assertThat(again.get("proposals")).isEmpty();
        assertThat(again.get("skipped").get(0).get("reason").asText()).contains("already proposed");
        ApiClient.Response adoptedProposal = api.post("/api/plans/" + id + "/adopt");
        assertThat(adoptedProposal.status()).as(adoptedProposal.body()).isEqualTo(200);
        assertThat(adoptedProposal.json().get("previousPlanId").asText()).isEqualTo(adopted);
        assertThat(assignment(masterData(scope), "currentCommunity")).isEqualTo(proposed);
        ApiClient.Response nothing = api.post("/api/rebalance?scope=" + scope);
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().get("skipped").get(0).get("reason").asText()).contains("unchanged");
    }

    @Test
    void theMembersOfARemovedCommunityArePlacedAgainAndWithBudgetZeroOnlyThey() {
        String scope = newScope();
        String adopted = adoptedPlan(scope);
        String url = scopeUrl(scope);
        Map<String, String> before = assignment(masterData(scope), "currentCommunity");
        List<String> displaced = before.entrySet().stream().filter(e -> "c2".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(displaced).isNotEmpty();
        assertThat(api.delete(url + "/communities/c2").status()).isEqualTo(200);

        String id = rebalance(scope, "&maxMoves=0&timeLimit=3s&unimprovedTimeLimit=2s");
        waitUntilFinished(id);
        Map<String, String> proposed = assignment(plan(id), "community");
        before.forEach((organization, community) -> {
            if (displaced.contains(organization)) {
                assertThat(proposed.get(organization)).as(organization + " placed again").isNotNull().isNotEqualTo("c2");
            } else {
                assertThat(proposed.get(organization)).as(organization + " stays").isEqualTo(community);
            }
        });
        JsonNode diff = api.get("/api/plans/" + id + "/diff?against=" + adopted).json();
        assertThat(diff.get("summary").get("moved").asInt()).isEqualTo(displaced.size());
        assertThat(diff.get("summary").get("displaced").asInt()).isEqualTo(displaced.size());
        JsonNode moved = change(diff, displaced.get(0));
        assertThat(moved.get("from").asText()).isEqualTo("c2");
        assertThat(moved.get("reasonZh").asText()).contains("社区2（已撤销）");
        assertThat(moved.get("reasonEn").asText()).contains("社区2 (removed)");
    }

    @Test
    void withStabilityOnOnlyWhatIsWorthAMoveMovesAndEveryMovePaysForIt() {
        String scope = newScope();
        String adopted = adoptedPlan(scope);
        String url = scopeUrl(scope);
        // An organization of the first community relocates next to the sixth (6 km away), which it now stands in.
        String mover = null;
        for (Map.Entry<String, String> e : assignment(masterData(scope), "currentCommunity").entrySet()) {
            if ("c1".equals(e.getValue())) {
                mover = e.getKey();
                break;
            }
        }
        assertThat(mover).isNotNull();
        ObjectNode patch = SmallCounty.location(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode(),
                5, 0, 0);
        patch.put("street", SmallCounty.street(5)).put("homeCommunity", "c6");
        assertThat(api.patchJson(url + "/organizations/" + mover, patch.toString()).status()).isEqualTo(200);

        String id = rebalance(scope, "&timeLimit=4s&unimprovedTimeLimit=3s");
        waitUntilFinished(id);
        JsonNode diff = api.get("/api/plans/" + id + "/diff?against=" + adopted).json();
        JsonNode moved = change(diff, mover);
        assertThat(moved).as(diff.toString()).isNotNull();
        assertThat(moved.get("change").asText()).isEqualTo("MOVED");
        assertThat(moved.get("from").asText()).isEqualTo("c1");
        assertThat(moved.get("to").asText()).isEqualTo("c6");
        assertThat(moved.get("improves").toString()).contains("homeCommunity").contains("distance");
        assertThat(moved.get("worsens").toString()).contains("stability");
        assertThat(moved.get("reasonZh").asText()).contains("从社区1调到社区6").contains("代价");
        assertThat(moved.get("reasonEn").asText()).contains("moves from 社区1 to 社区6");
        diff.get("changes").forEach(c -> {
            if (c.get("change").asText().equals("MOVED")) {
                assertThat(c.get("worsens").toString()).as("every move pays for stability").contains("stability");
            }
        });
        assertThat(diff.get("summary").get("moved").asInt()).as("stability keeps the others").isLessThan(6);
        assertThat(diff.get("scoreGain").asText()).isNotBlank();
    }

    @Test
    void aProposalOverTakenByNewChangesCannotBeAdopted() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        api.patchJson(url + "/communities/c2", "{\"population\": 9000}");
        String id = rebalance(scope, "&timeLimit=2s&unimprovedTimeLimit=1s");
        api.patchJson(url + "/communities/c3", "{\"population\": 9500}");
        waitUntilFinished(id);
        ApiClient.Response response = api.post("/api/plans/" + id + "/adopt");
        assertProblem(response, 409);
        assertThat(response.json().get("detail").asText()).contains("changed after this proposal");
        // The next run proposes for the newest revision.
        assertThat(api.post("/api/rebalance?scope=" + scope + "&timeLimit=2s&unimprovedTimeLimit=1s").json()
                .get("proposals").get(0).get("revision").asInt()).isEqualTo(3);
    }

    @Test
    void badParametersAndUnknownScopes() {
        assertThat(badFields(api.post("/api/rebalance?maxMoves=-1&timeLimit=soon")))
                .containsExactlyInAnyOrder("maxMoves", "timeLimit");
        assertThat(badFields(api.post("/api/rebalance?maxMoves=two"))).containsExactly("maxMoves");
        assertProblem(api.post("/api/rebalance?scope=nowhere"), 404);
        JsonNode schedule = api.get("/api/rebalance").json();
        assertThat(schedule.get("cron").asText()).isEqualTo("-");
        assertThat(schedule.get("stabilityWeight").asLong()).isEqualTo(5000);
    }

    static JsonNode change(JsonNode diff, String organization) {
        for (JsonNode change : diff.get("changes")) {
            if (change.get("organization").asText().equals(organization)) {
                return change;
            }
        }
        return null;
    }
}
