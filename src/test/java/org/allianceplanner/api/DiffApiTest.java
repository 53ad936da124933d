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
        JsonNode beforeStatus = api.get("/api/plans/" + before + "/status").json();
        assertThat(diff.get("against").get("name").asText()).as("named for the page").isEqualTo(beforeStatus.get("name").asText());
        assertThat(diff.get("against").get("submittedAt").asText()).isEqualTo(beforeStatus.get("submittedAt").asText());
        assertThat(diff.get("against").get("score").asText()).as("its score as solved").isEqualTo(beforeStatus.get("score").asText());
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
        for (JsonNode c : diff.get("changes")) {
            assertThat(c.get("reasonZh").asText()).as("in words, not code names").doesNotContainPattern("[A-Za-z]");
            assertThat(c.get("reasonEn").asText()).as("in words, not code names").doesNotContain("soft", "hard")
                    .doesNotContainPattern("[a-z][A-Z]");
        }
        assertThat(change.get("gain").asText()).endsWith("soft");

        HardMediumSoftLongScore scoreBefore = HardMediumSoftLongScore.parseScore(diff.get("scoreBefore").asText());
        HardMediumSoftLongScore scoreAfter = HardMediumSoftLongScore.parseScore(diff.get("scoreAfter").asText());
        assertThat(diff.get("scoreGain").asText()).isEqualTo(scoreAfter.subtract(scoreBefore).toString());
        assertThat(scoreAfter.compareTo(scoreBefore)).as("crowding everyone into one alliance is worse").isNegative();
        assertThat(diff.get("constraintGains").toString()).contains("sizeBalance");
        // In plain words: the change as km-equivalent and a verdict, each principle's subtotal before and after.
        JsonNode scoreChange = diff.get("scoreChange");
        assertThat(scoreChange.get("verdict").asText()).isEqualTo("WORSE");
        assertThat(scoreChange.get("zh").asText()).startsWith("总体变差");
        assertThat(scoreChange.get("en").asText()).startsWith("Worse overall");
        assertThat(scoreChange.get("km").asDouble()).isEqualTo(Math.round((scoreAfter.softScore() - scoreBefore.softScore()) / 100.0) / 10.0);
        assertThat(diff.get("plainAfter").get("principles").toString()).contains("属地优先", "数量均衡");
        double principlesKm = 0;
        for (JsonNode p : scoreChange.get("principles")) {
            principlesKm += p.get("soft").asLong();
        }
        assertThat((long) principlesKm).isEqualTo(scoreAfter.softScore() - scoreBefore.softScore());
        for (JsonNode c : diff.get("changes")) {
            assertThat(c.get("reasonZh").asText()).containsPattern("总体(变好|变差|得分不变)");
            assertThat(c.get("verdict").asText()).isIn("BETTER", "WORSE", "SAME");
        }

        JsonNode reverse = api.get("/api/plans/" + before + "/diff?against=" + after).json();
        assertThat(reverse.get("summary").get("moved").asInt()).isEqualTo(moved);
    }

    /**
     * A feasible plan stays feasible in the comparison: each side is scored with its own activity
     * dates. Here a unit cannot attend on one day; the plan before keeps its alliance's meeting off
     * that day, the plan after moves the unit away and holds that alliance's meeting on that day.
     * Scoring the members before on the dates after (as the comparison did) put the unit at a meeting
     * on its blackout day and showed the feasible plan before as "hard -1".
     */
    @Test
    void eachSideIsScoredWithItsOwnDatesSoAFeasiblePlanIsNotShownBreakingABlackout() {
        String scope = newScope();
        ObjectNode problem = SmallCounty.problem(scope);
        ObjectNode calendar = problem.putObject("calendar");
        calendar.put("year", 2026).put("themedPartyDay", "FIRST_FRIDAY").put("reviewWindow", "2026-12-20/2027-01-20")
                .put("reviewsPerDay", 3);
        problem.putArray("activityTypes").addObject().put("code", "JOINT_MEETING").put("name", "联席会议")
                .put("nameEn", "joint meeting").put("cadence", "YEARLY").put("dayKind", "ANY");
        ObjectNode unit = (ObjectNode) problem.get("organizations").get(0);
        unit.putArray("blackoutDates").add("2026-07-15");
        String before = solve(problem);
        JsonNode beforePlan = api.get("/api/plans/" + before).json();
        assertThat(beforePlan.get("score").asText()).startsWith("0hard/0medium/");

        // The plan after: the same, everything pinned, the unit moved to another alliance and its old
        // alliance meeting on the unit's blackout day (no one else there is away that day).
        ObjectNode after = (ObjectNode) beforePlan.get("plan").deepCopy();
        after.remove("score");
        String home = after.get("organizations").get(0).get("community").asText();
        String elsewhere = home.equals("c1") ? "c2" : "c1";
        after.get("organizations").forEach(o -> ((ObjectNode) o).put("pinned", true));
        ((ObjectNode) after.get("organizations").get(0)).put("community", elsewhere);
        for (JsonNode a : after.get("activities")) {
            ((ObjectNode) a).put("pinned", true);
            if (a.get("community").asText().equals(home)) {
                assertThat(a.get("date").asText()).as("the solver kept the meeting off the blackout").isNotEqualTo("2026-07-15");
                ((ObjectNode) a).put("date", "2026-07-15");
            } else if (a.get("date").asText().equals("2026-07-15")) {
                ((ObjectNode) a).put("date", "2026-07-16");
            }
        }
        String afterId = solve(after);
        assertThat(api.get("/api/plans/" + afterId).json().get("score").asText()).startsWith("0hard/");

        JsonNode diff = api.get("/api/plans/" + afterId + "/diff?against=" + before).json();
        assertThat(diff.get("scoreBefore").asText()).as("the plan before, on its own dates").startsWith("0hard/");
        assertThat(diff.get("constraintGains").toString()).doesNotContain("memberBlackout");
        assertThat(diff.get("summary").get("moved").asInt()).isEqualTo(1);
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
