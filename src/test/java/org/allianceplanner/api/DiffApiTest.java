package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Comparing two plans: who moves where and why, KPIs before and after; only within one scope. */
class DiffApiTest extends ScopeApiSupport {

    @Test
    void listsEveryMoveWithItsReasonAndTheKpisBeforeAndAfter() {
        String scope = newScope();
        String before = solve(SmallCounty.problem(scope));
        // The same county with everyone's community fixed by hand somewhere else: a worse plan to compare.
        ObjectNode handMade = SmallCounty.problem(scope);
        handMade.get("organizations").forEach(o -> ((ObjectNode) o).put("community", "c1").put("pinned", true));
        ((ObjectNode) handMade.get("communities").get(0)).put("maxMembers", 40);
        String after = solve(handMade);

        ApiClient.Response response = api.get("/api/plans/" + after + "/diff?against=" + before);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode diff = response.json();
        assertThat(diff.get("scope").asText()).isEqualTo(scope);
        assertThat(diff.get("plan").get("id").asText()).isEqualTo(after);
        assertThat(diff.get("against").get("id").asText()).isEqualTo(before);
        assertThat(diff.get("kpisBefore").get("maxMembers").asInt()).isLessThan(SmallCounty.ORGANIZATIONS);
        assertThat(diff.get("kpisAfter").get("maxMembers").asInt()).isEqualTo(SmallCounty.ORGANIZATIONS);
        int moved = diff.get("summary").get("moved").asInt();
        int unchanged = diff.get("summary").get("unchanged").asInt();
        assertThat(moved + unchanged).isEqualTo(SmallCounty.ORGANIZATIONS);
        assertThat(diff.get("changes")).hasSize(moved);
        JsonNode change = diff.get("changes").get(0);
        assertThat(change.get("change").asText()).isEqualTo("MOVED");
        assertThat(change.get("to").asText()).isEqualTo("c1");
        assertThat(change.get("from").asText()).isNotEqualTo("c1");
        assertThat(change.get("reasonZh").asText()).contains(change.get("name").asText()).contains("社区1");
        assertThat(change.get("gain").asText()).endsWith("soft");

        HardMediumSoftLongScore scoreBefore = HardMediumSoftLongScore.parseScore(diff.get("scoreBefore").asText());
        HardMediumSoftLongScore scoreAfter = HardMediumSoftLongScore.parseScore(diff.get("scoreAfter").asText());
        assertThat(diff.get("scoreGain").asText()).isEqualTo(scoreAfter.subtract(scoreBefore).toString());
        assertThat(scoreAfter.compareTo(scoreBefore)).as("crowding everyone into one alliance is worse").isNegative();
        assertThat(diff.get("constraintGains").toString()).contains("sizeBalance");

        JsonNode reverse = api.get("/api/plans/" + before + "/diff?against=" + after).json();
        assertThat(reverse.get("summary").get("moved").asInt()).isEqualTo(moved);
    }

    @Test
    void acrossScopesIsBadInputAndUnknownPlansAreNotFound() {
        String one = solve(SmallCounty.problem(newScope()));
        String other = solve(SmallCounty.problem(newScope()));
        assertThat(badFields(api.get("/api/plans/" + one + "/diff?against=" + other))).containsExactly("against");
        assertThat(badFields(api.get("/api/plans/" + one + "/diff"))).containsExactly("against");
        assertProblem(api.get("/api/plans/" + one + "/diff?against=nothing"), 404);
        assertProblem(api.get("/api/plans/nothing/diff?against=" + one), 404);
        assertProblem(api.get("/api/plans/nothing/runs"), 404);
        JsonNode runs = api.get("/api/plans/" + one + "/runs").json();
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("outcome").asText()).isEqualTo("SOLVED");
        assertThat(runs.get(0).get("instance").asText()).isNotBlank();
    }
}
