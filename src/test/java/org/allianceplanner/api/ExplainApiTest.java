package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Why here and not there, over HTTP: alternatives, need candidates, fits and the report of a finished plan. */
class ExplainApiTest extends ScopeApiSupport {

    /** The score of the plan {@code plan} (its document) with one unit put elsewhere, scored by POST /api/plans/analysis. */
    private String scoreWith(JsonNode plan, String organization, String community) {
        ObjectNode moved = plan.deepCopy();
        moved.remove("score");
        moved.get("organizations").forEach(o -> {
            if (o.get("id").asText().equals(organization)) {
                ((ObjectNode) o).put("community", community);
            }
        });
        ApiClient.Response analysed = api.postJson("/api/plans/analysis", moved.toString());
        assertThat(analysed.status()).as(analysed.body()).isEqualTo(200);
        return analysed.json().get("analysis").get("score").asText();
    }

    @Test
    void eachAlternativesTotalIsTheScoreOfThePlanWithThatMove() {
        String id = solve(SmallCounty.problem(newScope()));
        JsonNode plan = plan(id);
        ApiClient.Response response = api.get("/api/plans/" + id + "/organizations/o1/alternatives?limit=3");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode a = response.json();
        String here = assignment(plan, "community").get("o1");
        assertThat(a.get("community").asText()).isEqualTo(here);
        assertThat(a.get("score").asText()).isEqualTo(api.get("/api/plans/" + id + "/status").json().get("score").asText());
        assertThat(a.get("alternatives")).hasSize(3);
        assertThat(a.get("zh").asText()).contains("单位1");
        assertThat(a.get("en").asText()).contains("单位1").doesNotContain("公里");
        for (JsonNode option : a.get("alternatives")) {
            assertThat(option.get("community").asText()).isNotEqualTo(here);
            assertThat(option.get("score").asText()).isEqualTo(scoreWith(plan, "o1", option.get("community").asText()));
            HardMediumSoftLongScore change = HardMediumSoftLongScore.parseScore(option.get("change").asText());
            assertThat(option.get("changeKm").asDouble()).isEqualTo(Math.round(change.softScore() / 100.0) / 10.0);
            assertThat(option.get("zh").asText()).contains("公里当量").startsWith("若调至" + option.get("communityName").asText());
            assertThat(option.get("effects")).isNotEmpty();
            for (JsonNode effect : option.get("effects")) {
                assertThat(effect.get("zh").asText()).doesNotContainPattern("[A-Za-z]");
            }
        }
    }

    @Test
    void aUnitWhoseEveryMoveBreaksAHardRuleSaysWhichAndTheBestSwap() {
        ObjectNode problem = SmallCounty.problem(newScope());
        problem.get("communities").forEach(c -> ((ObjectNode) c).put("minMembers", 5).put("maxMembers", 5));
        String id = solve(problem);
        JsonNode a = api.get("/api/plans/" + id + "/organizations/o2/alternatives?limit=2").json();
        assertThat(a.get("feasibleElsewhere").asInt()).isZero();
        assertThat(a.get("zh").asText()).contains("都会违反硬性规则");
        JsonNode first = a.get("alternatives").get(0);
        assertThat(first.get("feasible").asBoolean()).isFalse();
        assertThat(first.get("breaks").toString()).contains("communityOverMax").contains("超过上限");
        assertThat(first.get("zh").asText()).contains("会违反硬性规则");
        assertThat(first.get("swap").get("feasible").asBoolean()).isTrue();
        assertThat(first.get("swap").get("zh").asText()).startsWith("若与" + first.get("communityName").asText() + "的");
    }

    @Test
    void aNewUnitsTopFitIsTheBestOfTryingEveryCommunity() {
        String id = solve(SmallCounty.problem(newScope()));
        JsonNode plan = plan(id);
        ObjectNode unit = SmallCounty.organization("new-clinic", "新社区诊所", "HOSPITAL", 4, 0.001, 0.001,
                "HEALTH_CARE", "c5", 18);
        ApiClient.Response response = api.postJson("/api/plans/" + id + "/fit?limit=3", unit.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode fit = response.json();
        assertThat(fit.get("added").asBoolean()).isTrue();
        assertThat(fit.get("fits")).hasSize(3);

        ObjectNode withUnit = plan.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) withUnit.get("organizations")).add(unit);
        HardMediumSoftLongScore best = null;
        for (JsonNode c : plan.get("communities")) {
            HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(scoreWith(withUnit, "new-clinic",
                    c.get("id").asText()));
            best = best == null || s.compareTo(best) > 0 ? s : best;
        }
        assertThat(fit.get("fits").get(0).get("score").asText()).isEqualTo(best.toString());
        assertThat(fit.get("zh").asText()).contains("新社区诊所").contains(fit.get("fits").get(0).get("communityName").asText());
        // Nothing was written: the plan is as it was.
        assertThat(plan(id).get("organizations")).hasSize(SmallCounty.ORGANIZATIONS);

        ApiClient.Response inPlan = api.get("/api/plans/" + id + "/organizations/o3/fit?limit=2");
        assertThat(inPlan.status()).as(inPlan.body()).isEqualTo(200);
        assertThat(inPlan.json().get("fits")).hasSize(2);
    }

    @Test
    void aUnitAddedToTheMasterDataIsAnsweredWithWhereItFits() {
        String scope = newScope();
        adoptedPlan(scope);
        ObjectNode unit = SmallCounty.organization("new-school", "新建小学", "SCHOOL", 2, 0.0005, 0.0005,
                "CHILDREN_YOUTH", "c3", 12);
        ApiClient.Response added = api.postJson(scopeUrl(scope) + "/organizations", unit.toString());
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode fit = added.json().get("fit");
        assertThat(fit.get("added").asBoolean()).isTrue();
        assertThat(fit.get("fits")).hasSize(5);
        assertThat(fit.get("zh").asText()).contains("新建小学");
        JsonNode again = api.get(scopeUrl(scope) + "/organizations/new-school/fit?limit=2").json();
        assertThat(again.get("fits").get(0).get("community").asText())
                .isEqualTo(fit.get("fits").get(0).get("community").asText());
        assertProblem(api.get(scopeUrl(scope) + "/organizations/nobody/fit"), 404);
        assertThat(badFields(api.get(scopeUrl(scope) + "/organizations/new-school/fit?limit=99"))).containsExactly("limit");
    }

    @Test
    void needCandidatesAndTheReportOfEveryUnit() {
        String id = solve(SmallCounty.problem(newScope()));
        ApiClient.Response needs = api.get("/api/plans/" + id + "/needs/candidates?limit=2");
        assertThat(needs.status()).as(needs.body()).isEqualTo(200);
        for (JsonNode need : needs.json()) {
            assertThat(need.get("candidates").size()).isLessThanOrEqualTo(2);
            need.get("candidates").forEach(c -> assertThat(c.get("community").asText())
                    .isEqualTo(need.get("community").asText()));
        }
        ApiClient.Response report = api.get("/api/plans/" + id + "/explanations?limit=1");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().get("units")).hasSize(SmallCounty.ORGANIZATIONS);
        assertThat(report.json().get("units").get(0).get("alternatives")).hasSize(1);
    }

    @Test
    void badInputIsAProblemJson() {
        String id = solve(SmallCounty.problem(newScope()));
        assertProblem(api.get("/api/plans/" + id + "/organizations/nobody/alternatives"), 404);
        assertProblem(api.get("/api/plans/no-such-plan/organizations/o1/alternatives"), 404);
        assertThat(badFields(api.get("/api/plans/" + id + "/organizations/o1/alternatives?limit=0"))).containsExactly("limit");
        assertThat(badFields(api.get("/api/plans/" + id + "/needs/candidates?limit=51"))).containsExactly("limit");
        assertThat(badFields(api.get("/api/plans/" + id + "/explanations?limit=many"))).containsExactly("limit");
        ObjectNode bad = SmallCounty.organization("o1", "", "HOSPITAL", 1, 0, 0, "HEALTH_CARE", "nowhere", -3);
        ((ObjectNode) bad.get("location")).put("lat", 200);
        assertThat(badFields(api.postJson("/api/plans/" + id + "/fit", bad.toString())))
                .contains("id", "name", "location.lat", "homeCommunity", "partyMembers");

        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=60s", SmallCounty.json(newScope()));
        String waiting = submitted.json().get("id").asText();
        ApiClient.Response early = api.get("/api/plans/" + waiting + "/organizations/o1/alternatives");
        assertProblem(early, 409);
        assertThat(early.json().get("title").asText()).contains("方案尚未完成");
        api.delete("/api/plans/" + waiting + "/solving");
    }
}
