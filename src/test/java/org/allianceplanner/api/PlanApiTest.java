package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.allianceplanner.explain.Km;
import org.allianceplanner.model.AllianceConstraint;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The whole submit → poll → stop → analysis cycle, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.solver.parallel-plans=1",
                "spring.datasource.url=jdbc:h2:mem:plan-api;DB_CLOSE_DELAY=-1"})
class PlanApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    static String dataset(String name) throws IOException {
        return Files.readString(Path.of("datasets", name + ".json"));
    }

    @Test
    void submitPollAndExplainAPlan() throws IOException {
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=3s", dataset("dianjiang"));
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        assertThat(submitted.location()).isEqualTo("/api/plans/" + id);
        assertThat(submitted.json().get("status").asText()).isIn("QUEUED", "SOLVING");

        JsonNode status = api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(30));
        assertThat(status.get("feasible").asBoolean()).isTrue();
        assertThat(status.get("score").asText()).startsWith("0hard/0medium/");
        JsonNode kpis = status.get("kpis");
        assertThat(kpis.get("unassigned").asInt()).isZero();
        assertThat(kpis.get("assigned").asInt()).isEqualTo(kpis.get("organizations").asInt());
        assertThat(kpis.get("meanDistanceKm").asDouble()).isPositive();
        assertThat(kpis.get("needsCoveredPercent").asDouble()).isBetween(0.0, 100.0);
        assertThat(kpis.get("minMembers").asInt()).isLessThanOrEqualTo(kpis.get("maxMembers").asInt());
        assertThat(status.get("timeSpentMillis").asLong()).isBetween(1000L, 10_000L);
        assertThat(status.has("plan")).as("the light status leaves the plan out").isFalse();

        JsonNode detail = api.get("/api/plans/" + id).json();
        Set<String> communityIds = new HashSet<>();
        detail.get("plan").get("communities").forEach(c -> communityIds.add(c.get("id").asText()));
        detail.get("plan").get("organizations").forEach(o ->
                assertThat(communityIds).contains(o.get("community").asText()));
        assertThat(detail.get("progress").size()).isPositive();

        JsonNode analysis = api.get("/api/plans/" + id + "/analysis").json();
        assertThat(analysis.get("score").asText()).isEqualTo(status.get("score").asText());
        assertThat(analysis.get("constraints").size()).isEqualTo(AllianceConstraint.values().length);
        // The score in plain words: km-equivalent with one decimal, and each principle's subtotal.
        HardMediumSoftLongScore solved = HardMediumSoftLongScore.parseScore(status.get("score").asText());
        JsonNode plain = analysis.get("plain");
        assertThat(plain.get("softKm").asDouble()).isEqualTo(Math.round(solved.softScore() / 100.0) / 10.0);
        assertThat(plain.get("zh").asText()).contains("公里当量").contains(Km.plain(solved.softScore()));
        assertThat(plain.get("principles").toString()).contains("属地优先", "职能与需求相匹配", "数量均衡", "稳定");
        long principles = 0;
        for (JsonNode p : plain.get("principles")) {
            principles += p.get("soft").asLong();
        }
        assertThat(principles).isEqualTo(solved.softScore());
        JsonNode statusPlain = api.get("/api/plans/" + id + "/status").json().get("plain");
        assertThat(statusPlain.get("principles")).hasSameSizeAs(plain.get("principles"));
        assertThat(statusPlain.get("en").asText()).contains("km-equivalent");
        JsonNode distance = constraint(analysis, "distance");
        assertThat(distance.get("matchCount").asInt()).isEqualTo(kpis.get("assigned").asInt());
        JsonNode firstMatch = distance.get("matches").get(0);
        String organizationId = firstMatch.get("organizations").get(0).asText();
        String organizationName = nameOf(detail.get("plan").get("organizations"), organizationId);
        String communityName = nameOf(detail.get("plan").get("communities"),
                firstMatch.get("communities").get(0).asText());
        assertThat(firstMatch.get("zh").asText()).contains(organizationName).contains(communityName).contains("公里");
        assertThat(firstMatch.get("en").asText()).contains(organizationName).contains("km");

        assertThat(api.get("/api/plans").json()).anySatisfy(p -> assertThat(p.get("id").asText()).isEqualTo(id));
    }

    @Test
    void stoppingEarlyKeepsTheBestPlanAndQueuedPlansSaySo() throws IOException {
        String first = api.postJson("/api/plans?timeLimit=60s&unimprovedTimeLimit=60s", dataset("dianjiang"))
                .json().get("id").asText();
        String second = api.postJson("/api/plans?timeLimit=60s", dataset("dianjiang")).json().get("id").asText();
        api.pollStatus(first, s -> "SOLVING".equals(s.get("status").asText()) && s.get("feasible") != null
                && s.get("feasible").asBoolean(), Duration.ofSeconds(20));

        JsonNode waiting = api.get("/api/plans/" + second + "/status").json();
        assertThat(waiting.get("status").asText()).isEqualTo("QUEUED");
        assertThat(waiting.get("statusZh").asText()).isEqualTo("排队中");
        assertThat(waiting.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(waiting.get("timeLimitSeconds").asLong()).as("its own limits, for a re-solve to start from").isEqualTo(60);
        assertThat(waiting.get("unimprovedTimeLimitSeconds").asLong()).as("the service's default").isEqualTo(10);
        assertThat(api.get("/api/plans/" + first + "/status").json().has("unimprovedTimeLimitSeconds"))
                .as("no early stop when it is not shorter than the time limit").isFalse();

        ApiClient.Response stopped = api.delete("/api/plans/" + first + "/solving");
        assertThat(stopped.status()).isEqualTo(200);
        JsonNode done = api.pollStatus(first, s -> s.get("status").asText().equals("STOPPED"), Duration.ofSeconds(10));
        assertThat(done.get("timeSpentMillis").asLong()).isLessThan(30_000);
        assertThat(done.get("feasible").asBoolean()).isTrue();
        assertThat(done.get("kpis").get("unassigned").asInt()).isZero();

        // The queued plan starts once the first one stops; stopping it too keeps its best plan.
        api.pollStatus(second, s -> s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(10));
        api.delete("/api/plans/" + second + "/solving");
        api.pollStatus(second, s -> s.get("status").asText().equals("STOPPED"), Duration.ofSeconds(10));
    }

    @Test
    void stoppingAQueuedPlanStopsItAtOnce() throws IOException {
        String first = api.postJson("/api/plans?timeLimit=30s", dataset("dianjiang")).json().get("id").asText();
        String second = api.postJson("/api/plans?timeLimit=30s", dataset("dianjiang")).json().get("id").asText();
        JsonNode stopped = api.delete("/api/plans/" + second + "/solving").json();
        assertThat(stopped.get("status").asText()).isEqualTo("STOPPED");
        // Never solved: the analysis still answers, with an uninitialized score.
        ApiClient.Response analysis = api.get("/api/plans/" + second + "/analysis");
        assertThat(analysis.status()).isEqualTo(200);
        assertThat(analysis.json().get("score").asText()).contains("init");
        assertThat(analysis.json().get("feasible").asBoolean()).isFalse();
        api.delete("/api/plans/" + first + "/solving");
        api.pollStatus(first, s -> s.get("status").asText().equals("STOPPED"), Duration.ofSeconds(10));
    }

    @Test
    void scoresAHandMadePlanWithoutSolvingIt() throws IOException {
        ObjectNode plan = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(dataset("dianjiang"));
        String crowded = plan.get("communities").get(0).get("id").asText();
        int maxMembers = plan.get("communities").get(0).get("maxMembers").asInt();
        int organizations = plan.get("organizations").size();
        plan.get("organizations").forEach(o -> ((ObjectNode) o).put("community", crowded));
        int plansBefore = api.get("/api/plans").json().size();

        ApiClient.Response response = api.postJson("/api/plans/analysis", plan.toString());
        assertThat(response.status()).isEqualTo(200);
        JsonNode analysis = response.json().get("analysis");
        assertThat(analysis.get("feasible").asBoolean()).isFalse();
        JsonNode overMax = constraint(analysis, "communityOverMax");
        assertThat(overMax.get("matchCount").asInt()).isEqualTo(1);
        assertThat(overMax.get("impact").asLong()).isEqualTo(-(organizations - maxMembers));
        assertThat(overMax.get("matches").get(0).get("zh").asText()).contains("超过上限");
        JsonNode kpis = response.json().get("kpis");
        assertThat(kpis.get("maxMembers").asInt()).isEqualTo(organizations);
        assertThat(kpis.get("minMembers").asInt()).isZero();
        assertThat(api.get("/api/plans").json().size()).as("nothing was submitted for solving")
                .isEqualTo(plansBefore);
    }

    @Test
    void unknownPlanIsAProblemNotFound() {
        ApiClient.Response response = api.get("/api/plans/no-such-plan/status");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.delete("/api/plans/no-such-plan/solving").status()).isEqualTo(404);
        assertThat(api.get("/api/plans/no-such-plan/analysis").status()).isEqualTo(404);
    }

    @Test
    void catalogueListsConstraintsVocabularyAndDatasets() {
        JsonNode constraints = api.get("/api/constraints").json();
        assertThat(constraints.size()).isEqualTo(AllianceConstraint.values().length);
        assertThat(constraints.get(0).get("name").asText()).isEqualTo("communityOverMax");
        assertThat(api.get("/api/vocabulary").json().get("services").size()).isEqualTo(15);
        assertThat(api.get("/api/datasets").json()).extracting(JsonNode::asText).contains("dianjiang");
        ApiClient.Response dianjiang = api.get("/api/datasets/dianjiang");
        assertThat(dianjiang.status()).isEqualTo(200);
        assertThat(dianjiang.json().get("communities").size()).isEqualTo(26);
        assertThat(api.get("/api/datasets/nowhere").status()).isEqualTo(404);
    }

    static JsonNode constraint(JsonNode analysis, String name) {
        for (JsonNode c : analysis.get("constraints")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("No constraint " + name);
    }

    private static String nameOf(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item.get("name").asText();
            }
        }
        throw new AssertionError("No " + id);
    }
}
