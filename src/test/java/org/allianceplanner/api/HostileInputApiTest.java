package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile requests of issue 14: each class of input that once gave a 500, was accepted though
 * invalid, or took the server down, now answered with a problem+json 4xx that names the field.
 */
class HostileInputApiTest extends ScopeApiSupport {

    private static ObjectNode calendarPlan(String scope) {
        ObjectNode plan = SmallCounty.problem(scope);
        ObjectNode calendar = plan.putObject("calendar").put("year", 2026);
        calendar.putArray("holidays").add("2026-10-01/2026-10-07");
        calendar.putArray("extraWorkdays").add("2026-10-10");
        return plan;
    }

    private ApiClient.Response submit(ObjectNode plan) {
        return api.postJson("/api/plans?timeLimit=1s", plan.toString());
    }

    @Test
    void nullOrANumberAmongTheHolidays() {
        ObjectNode plan = calendarPlan(newScope());
        ((com.fasterxml.jackson.databind.node.ArrayNode) plan.get("calendar").get("holidays")).addNull();
        ((com.fasterxml.jackson.databind.node.ArrayNode) plan.get("calendar").get("extraWorkdays")).add(20261010);
        assertThat(badFields(submit(plan))).contains("calendar.holidays[1]", "calendar.extraWorkdays[1]");
    }

    @Test
    void timeLimitsThatOverflow() {
        String plan = SmallCounty.problem(newScope()).toString();
        assertThat(badFields(api.postJson("/api/plans?timeLimit=9300000000000000s", plan))).contains("timeLimit");
        assertThat(badFields(api.postJson("/api/plans?unimprovedTimeLimit=999999999999d", plan)))
                .contains("unimprovedTimeLimit");
        assertThat(badFields(api.post("/api/rebalance?timeLimit=9300000000000000s"))).contains("timeLimit");
        assertThat(badFields(api.post("/api/rebalance?unimprovedTimeLimit=999999999999d")))
                .contains("unimprovedTimeLimit");
        assertThat(badFields(api.post("/api/plans?timeLimit=9300000000000000s", new byte[] {1, 2},
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))).contains("timeLimit");
    }

    @Test
    void multipartWithoutBoundary() {
        ApiClient.Response response = api.post("/api/imports/problem", "x".getBytes(), "multipart/form-data");
        assertProblem(response, 400);
    }

    @Test
    void nulInANameAnIdOrAParameter() {
        ObjectNode plan = SmallCounty.problem(newScope());
        plan.put("name", "垫江\u0000县");
        ((ObjectNode) plan.get("organizations").get(0)).put("id", "o\u00001");
        assertThat(badFields(submit(plan))).contains("name", "organizations[0].id");
        assertThat(badFields(api.postJson("/api/plans?timeLimit=1%00s", SmallCounty.problem(newScope()).toString())))
                .contains("timeLimit");
        // Refused by Tomcat before any filter, and answered as problem+json all the same.
        assertProblem(api.get("/api/plans/abc%00def"), 400);
        assertProblem(api.get("/api/plans/abc%2Fdef"), 400);
    }

    @Test
    void trailingContentAndDuplicateKeysOnMasterData() {
        String scope = newScope();
        adoptedPlan(scope);
        String url = scopeUrl(scope);
        String org = SmallCounty.organization("n1", "新单位", "HOSPITAL", 2, 0, 0, "HEALTH_CARE", null, 40).toString();
        assertProblem(api.postJson(url + "/organizations", org + "]"), 400);
        assertProblem(api.postJson(url + "/organizations", org + "{}"), 400);
        assertProblem(api.postJson(url + "/organizations", org.replace("{", "{\"id\":\"n2\",")), 400);
        assertProblem(api.patchJson(url + "/organizations/o1", "{\"partyMembers\": 5} x"), 400);
        assertProblem(api.putJson(url + "/communities/c1/needs", "[] []"), 400);
        assertThat(api.get(url + "/changes").json()).hasSize(1);
    }

    @Test
    void invalidUtf8() {
        byte[] body = SmallCounty.problem(newScope()).toString().replace("测试县", "XX").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[body.length];
        System.arraycopy(body, 0, bad, 0, body.length);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("XX");
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        assertProblem(api.post("/api/plans", bad, "application/json"), 400);
    }

    @Test
    void aScopeWithASlash() {
        assertThat(badFields(submit(SmallCounty.problem("a/b")))).contains("scope");
    }

    @Test
    void hugeWeightsAndDistances() {
        ObjectNode plan = SmallCounty.problem(newScope());
        plan.putObject("weights").put("distance", 4_000_000_000_000_000_000L);
        assertThat(badFields(submit(plan))).contains("weights.distance");
        ObjectNode far = SmallCounty.problem(newScope());
        ((ObjectNode) far.get("rules")).put("maxDistanceKm", 1e308);
        ApiClient.Response ok = api.postJson("/api/plans?timeLimit=2s&unimprovedTimeLimit=1s", far.toString());
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        com.fasterxml.jackson.databind.JsonNode status = waitUntilFinished(ok.json().get("id").asText());
        assertThat(status.get("feasible").asBoolean()).as(status.toString()).isTrue();
        String tooBig = SmallCounty.problem(newScope()).toString().replace("\"maxDistanceKm\":20", "\"maxDistanceKm\":1e400");
        assertThat(badFields(api.postJson("/api/plans", tooBig))).contains("rules.maxDistanceKm");
    }

    @Test
    void partyMembersThatWouldOverflowASum() {
        ObjectNode plan = SmallCounty.problem(newScope());
        ((ObjectNode) plan.get("organizations").get(0)).put("partyMembers", 2_000_000_000);
        assertThat(badFields(submit(plan))).contains("organizations[0].partyMembers");
    }

    @Test
    void dateRangesFarFromTheYear() {
        ObjectNode plan = calendarPlan(newScope());
        ((com.fasterxml.jackson.databind.node.ArrayNode) plan.get("calendar").get("holidays")).add("2026-01-01/+999999999-12-31");
        ((ObjectNode) plan.get("calendar")).put("reviewWindow", "2026-12-20/+999999999-12-31");
        assertThat(badFields(submit(plan))).contains("calendar.holidays[1]", "calendar.reviewWindow");
        long t = System.nanoTime();
        List<String> fields = badFields(submit(plan));
        long took = (System.nanoTime() - t) / 1_000_000;
        ObjectNode plain = calendarPlan(newScope());
        plain.put("name", "");
        badFields(submit(plain));
        t = System.nanoTime();
        badFields(submit(plain));
        long plainTook = (System.nanoTime() - t) / 1_000_000;
        assertThat(took).as("validation time in ms, against " + plainTook + " ms for a blank name").isLessThan(1000);
        ObjectNode window = calendarPlan(newScope());
        window.putArray("activityTypes").addObject().put("code", "REVIEW").put("name", "述职评议")
                .put("cadence", "WINDOW").put("window", "2026-12-01/+999999999-12-31");
        assertThat(badFields(submit(window))).contains("activityTypes[0].window");
        ObjectNode blackout = calendarPlan(newScope());
        ((ObjectNode) blackout.get("organizations").get(0)).putArray("blackoutDates").add("2026-01-01/+999999999-12-31");
        assertThat(badFields(submit(blackout))).contains("organizations[0].blackoutDates[0]");
    }

    @Test
    void manyBadValuesGetAShortAnswer() {
        ObjectNode plan = SmallCounty.problem(newScope());
        com.fasterxml.jackson.databind.node.ArrayNode holidays = plan.putObject("calendar").put("year", 2026).putArray("holidays");
        for (int i = 0; i < 50_000; i++) {
            holidays.add("x");
        }
        ApiClient.Response response = submit(plan);
        assertProblem(response, 400);
        assertThat(response.json().get("errors").size()).isLessThanOrEqualTo(100);
        assertThat(response.body().length()).isLessThan(100_000);
    }
}
