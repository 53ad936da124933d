package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Master-data changes against an adopted plan, each endpoint once for what it does and once for bad
 * input (one problem+json naming every bad field relative to the item) and unknown ids (404).
 */
class MasterDataApiTest extends ScopeApiSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode newOrganization(String id) {
        return SmallCounty.organization(id, "新单位" + id, "HOSPITAL", 2, 0.0005, 0.0005, "HEALTH_CARE", null, 40);
    }

    @Test
    void organizationsAreAddedUpdatedAndRemovedAsLoggedRevisions() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);

        ApiClient.Response added = api.postJson(url + "/organizations", newOrganization("n1").toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).isEqualTo(url + "/organizations/n1");
        assertThat(added.json().get("kind").asText()).isEqualTo("ADD_ORGANIZATION");
        assertThat(added.json().get("revision").asInt()).isEqualTo(2);
        assertThat(find(masterData(scope).get("organizations"), "n1").has("currentCommunity")).isFalse();

        ApiClient.Response updated = api.patchJson(url + "/organizations/n1",
                "{\"partyMembers\": 55, \"location\": {\"lat\": 30.333}, \"capabilities\": [\"LEGAL_AID\"]}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode n1 = find(masterData(scope).get("organizations"), "n1");
        assertThat(n1.get("partyMembers").asInt()).isEqualTo(55);
        assertThat(n1.get("location").get("lat").asDouble()).isEqualTo(30.333);
        assertThat(n1.get("location").get("lon").asDouble()).as("merge patch keeps what it does not name")
                .isEqualTo(107.3405);
        assertThat(n1.get("capabilities")).extracting(JsonNode::asText).containsExactly("LEGAL_AID");

        ApiClient.Response cleared = api.patchJson(url + "/organizations/o1", "{\"homeCommunity\": null}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(find(masterData(scope).get("organizations"), "o1").has("homeCommunity")).isFalse();

        ApiClient.Response removed = api.delete(url + "/organizations/o2");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("organization").get("id").asText()).isEqualTo("o2");
        assertThat(find(masterData(scope).get("organizations"), "o2")).isNull();

        JsonNode changes = api.get(url + "/changes").json();
        List<String> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactly("ADOPT", "ADD_ORGANIZATION", "UPDATE_ORGANIZATION", "UPDATE_ORGANIZATION",
                "REMOVE_ORGANIZATION");
        for (int i = 0; i < changes.size(); i++) {
            assertThat(changes.get(i).get("revision").asInt()).isEqualTo(i + 1);
            assertThat(changes.get(i).get("changedAt").asText()).isNotBlank();
        }
        assertThat(changes.get(2).get("body").get("partyMembers").asInt()).isEqualTo(55);
        JsonNode view = api.get(url).json();
        assertThat(view.get("revision").asInt()).isEqualTo(5);
        assertThat(view.get("changedSinceAdoption").asBoolean()).isTrue();
    }

    @Test
    void communitiesAndNeedsChangeAndARemovedCommunityLeavesNoReferenceBehind() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);

        ObjectNode community = SmallCounty.location(JSON.createObjectNode().put("id", "c7").put("name", "新社区")
                .put("street", "桂阳街道"), 5, 0.006, 0.0);
        community.put("population", 4000).put("minMembers", 1).put("maxMembers", 6);
        community.putArray("needs").addObject().put("code", "ELDERLY_CARE").put("priority", 2);
        ApiClient.Response added = api.postJson(url + "/communities", community.toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("community").get("id").asText()).isEqualTo("c7");

        ApiClient.Response patched = api.patchJson(url + "/communities/c7", "{\"maxMembers\": 5, \"name\": \"新社区二\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        ApiClient.Response needs = api.putJson(url + "/communities/c1/needs",
                "[{\"code\": \"LEGAL_AID\", \"priority\": 3}, {\"code\": \"VOLUNTEERING\"}]");
        assertThat(needs.status()).as(needs.body()).isEqualTo(200);
        assertThat(needs.json().get("kind").asText()).isEqualTo("CHANGE_NEEDS");
        JsonNode c1 = find(masterData(scope).get("communities"), "c1");
        assertThat(c1.get("needs")).hasSize(2);
        assertThat(c1.get("needs").get(0).get("code").asText()).isEqualTo("LEGAL_AID");
        assertThat(api.putJson(url + "/communities/c1/needs", "{\"needs\": []}").status()).isEqualTo(200);
        assertThat(find(masterData(scope).get("communities"), "c1").get("needs")).isEmpty();

        // c1 has members, and o1 stands in it (homeCommunity): removing it clears both.
        List<String> members = new ArrayList<>();
        masterData(scope).get("organizations").forEach(o -> {
            if ("c1".equals(o.path("currentCommunity").asText())) {
                members.add(o.get("id").asText());
            }
        });
        assertThat(members).isNotEmpty();
        ApiClient.Response removed = api.delete(url + "/communities/c1");
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("notes").toString()).contains(members.get(0));
        JsonNode data = masterData(scope);
        assertThat(find(data.get("communities"), "c1")).isNull();
        data.get("organizations").forEach(o -> {
            assertThat(o.path("currentCommunity").asText()).isNotEqualTo("c1");
            assertThat(o.path("homeCommunity").asText()).isNotEqualTo("c1");
        });
        members.forEach(m -> assertThat(find(data.get("organizations"), m).has("currentCommunity")).isFalse());

        // A new revision of the whole problem.
        ObjectNode revision = (ObjectNode) data.deepCopy();
        revision.remove("scope");
        revision.put("name", "测试县 第二版");
        ApiClient.Response replaced = api.putJson(url + "/data", revision.toString());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(masterData(scope).get("name").asText()).isEqualTo("测试县 第二版");
        assertThat(masterData(scope).get("scope").asText()).isEqualTo(scope);
    }

    @Test
    void badOrganizationsListEveryBadFieldRelativeToTheOrganization() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        ObjectNode bad = newOrganization("o3");  // an id that exists
        bad.put("type", "BANK");
        bad.put("partyMembers", "many");
        ((ObjectNode) bad.get("location")).put("lat", 91.0);
        bad.put("homeCommunity", "atlantis");
        bad.put("community", "c1");
        bad.putArray("excludedCommunities").add("c2").add("nowhere");
        bad.put("colour", "red");
        assertThat(badFields(api.postJson(url + "/organizations", bad.toString()))).containsExactlyInAnyOrder(
                "type", "partyMembers", "location.lat", "homeCommunity", "community", "excludedCommunities[1]",
                "colour", "id");

        assertThat(badFields(api.patchJson(url + "/organizations/o1",
                "{\"id\": \"o99\", \"currentCommunity\": \"atlantis\", \"blackoutDates\": [\"2027-13-01\"]}")))
                .containsExactlyInAnyOrder("id", "currentCommunity", "blackoutDates[0]");
        assertThat(badFields(api.patchJson(url + "/organizations/o1", "[1, 2]"))).containsExactly("");
        assertThat(badFields(api.patchJson(url + "/organizations/o1", "{\"name\": "))).containsExactly("");
        assertThat(badFields(api.postJson(url + "/organizations", ""))).containsExactly("");

        assertThat(masterData(scope).get("organizations")).hasSize(SmallCounty.ORGANIZATIONS);
        assertThat(api.get(url).json().get("revision").asInt()).as("nothing was written").isEqualTo(1);
    }

    @Test
    void badCommunitiesAndNeedsAreRefusedToo() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        ObjectNode community = JSON.createObjectNode().put("id", "c2").put("minMembers", 5).put("maxMembers", 2);
        community.putArray("needs").addObject().put("code", "LEGAL_AID").put("priority", 7);
        assertThat(badFields(api.postJson(url + "/communities", community.toString()))).containsExactlyInAnyOrder(
                "id", "name", "location", "minMembers", "needs[0].priority");
        assertThat(badFields(api.putJson(url + "/communities/c2/needs", "[{\"priority\": 0}]")))
                .containsExactlyInAnyOrder("needs[0].code", "needs[0].priority");
        assertThat(badFields(api.putJson(url + "/communities/c2/needs", "\"LEGAL_AID\""))).containsExactly("needs");
        assertThat(badFields(api.patchJson(url + "/communities/c2", "{\"location\": {\"lon\": 200}}")))
                .containsExactly("location.lon");
        ObjectNode wrongScope = SmallCounty.problem("elsewhere");
        assertThat(badFields(api.putJson(url + "/data", wrongScope.toString()))).containsExactly("scope");
        assertThat(api.get(url).json().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void unknownScopesOrganizationsAndCommunitiesAreNotFound() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        assertProblem(api.postJson("/api/scopes/nowhere/organizations", newOrganization("x").toString()), 404);
        assertProblem(api.patchJson(url + "/organizations/nobody", "{\"partyMembers\": 3}"), 404);
        assertProblem(api.delete(url + "/organizations/nobody"), 404);
        assertProblem(api.patchJson(url + "/communities/nowhere", "{\"population\": 3}"), 404);
        assertProblem(api.putJson(url + "/communities/nowhere/needs", "[]"), 404);
        assertProblem(api.delete(url + "/communities/nowhere"), 404);
        assertProblem(api.putJson("/api/scopes/nowhere/data", SmallCounty.json("nowhere")), 404);
    }
}
