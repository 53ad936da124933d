package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adoption and master data keep their log honest: ten concurrent adoptions of one plan record one
 * ADOPT revision, a plan with units unassigned cannot be adopted (409), and a rejected change
 * writes nothing.
 */
class AdoptionIntegrityApiTest extends ScopeApiSupport {

    @Test
    void tenConcurrentAdoptionsRecordOneRevision() throws Exception {
        String scope = newScope();
        String id = solve(SmallCounty.problem(scope));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return new ApiClient(port).post("/api/plans/" + id + "/adopt");
            }));
        }
        start.countDown();
        for (Future<ApiClient.Response> response : responses) {
            ApiClient.Response r = response.get(60, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("revision").asInt()).isEqualTo(1);
        }
        pool.shutdown();
        JsonNode changes = api.get(scopeUrl(scope) + "/changes").json();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("kind").asText()).isEqualTo("ADOPT");
    }

    @Test
    void aPlanWithUnitsUnassignedIsNotAdopted() {
        String scope = newScope();
        ObjectNode problem = SmallCounty.problem(scope);
        ArrayNode everywhere = ((ObjectNode) problem.get("organizations").get(0)).putArray("excludedCommunities");
        for (int i = 1; i <= SmallCounty.COMMUNITIES; i++) {
            everywhere.add("c" + i);
        }
        ((ObjectNode) problem.get("organizations").get(0)).remove("homeCommunity");
        String id = solve(problem);
        assertThat(plan(id).get("organizations").get(0).has("community")).isFalse();
        ApiClient.Response adopted = api.post("/api/plans/" + id + "/adopt");
        assertProblem(adopted, 409);
        assertThat(adopted.json().get("detail").asText()).contains("unassigned");
        assertThat(api.get(scopeUrl(scope)).status()).isEqualTo(404);
    }

    @Test
    void aRejectedChangeWritesNothing() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        JsonNode before = masterData(scope);
        ObjectNode bad = SmallCounty.organization("n1", "新单位", "HOSPITAL", 2, 0, 0, "HEALTH_CARE", "nowhere", 40);
        badFields(api.postJson(url + "/organizations", bad.toString()));
        badFields(api.patchJson(url + "/organizations/o1", "{\"partyMembers\": -1}"));
        badFields(api.putJson(url + "/communities/c1/needs", "[{\"code\": \"ELDERLY_CARE\", \"priority\": 9}]"));
        badFields(api.patchJson(url + "/organizations/o1", "{\"name\": \"a\\u0000b\"}"));
        assertThat(api.get(url + "/changes").json()).hasSize(1);
        assertThat(masterData(scope)).isEqualTo(before);
        assertThat(api.get(url).json().get("revision").asInt()).isEqualTo(1);
    }
}
