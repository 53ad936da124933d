package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every kind of bad input gets one application/problem+json 400 listing each bad field by its path,
 * never a 500 or a stack trace, and never disturbs a plan that is solving.
 */
// The same properties as the other tests of this service (one Spring context): no demo, and a
// 1 MB body limit that BadInputApiTest's 413 reaches quickly.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.api.max-body-size=1MB"})
class BadInputApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private ObjectNode dianjiang() throws IOException {
        return (ObjectNode) JSON.readTree(PlanApiTest.dataset("dianjiang"));
    }

    private ObjectNode org(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("organizations").get(index);
    }

    private ObjectNode community(ObjectNode plan, int index) {
        return (ObjectNode) plan.get("communities").get(index);
    }

    /** Posts to both JSON endpoints and returns the submit response after checking both agree. */
    private List<String> badFields(String body) {
        ApiClient.Response submit = api.postJson("/api/plans", body);
        ApiClient.Response analysis = api.postJson("/api/plans/analysis", body);
        for (ApiClient.Response response : List.of(submit, analysis)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
            response.json().get("errors").forEach(e -> {
                assertThat(e.get("message").asText()).isNotBlank();
                assertThat(e.get("messageEn").asText()).isNotBlank();
            });
        }
        List<String> fields = new ArrayList<>();
        submit.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private List<String> badFields(Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode plan = dianjiang();
        breakIt.accept(plan);
        return badFields(plan.toString());
    }

    @Test
    void duplicateIdsAreNamedWithBothPositions() throws IOException {
        List<String> fields = badFields(plan -> {
            community(plan, 3).put("id", community(plan, 1).get("id").asText());
            org(plan, 7).put("id", org(plan, 2).get("id").asText());
        });
        assertThat(fields).contains("communities[3].id", "organizations[7].id");
    }

    @Test
    void referencesToUnknownCommunities() throws IOException {
        List<String> fields = badFields(plan -> {
            org(plan, 0).put("homeCommunity", "atlantis");
            org(plan, 1).put("currentCommunity", "atlantis");
            org(plan, 2).put("community", "atlantis");
            org(plan, 3).putArray("excludedCommunities").add(community(plan, 0).get("id").asText()).add("atlantis");
        });
        assertThat(fields).containsExactly("organizations[0].homeCommunity", "organizations[1].currentCommunity",
                "organizations[2].community", "organizations[3].excludedCommunities[1]");
    }

    @Test
    void coordinatesOutOfRange() throws IOException {
        List<String> fields = badFields(plan -> {
            ((ObjectNode) community(plan, 0).get("location")).put("lat", 91.0);
            ((ObjectNode) org(plan, 5).get("location")).put("lon", -180.5);
        });
        assertThat(fields).containsExactly("communities[0].location.lat", "organizations[5].location.lon");
    }

    @Test
    void minimumAboveMaximumAndNegativeCounts() throws IOException {
        List<String> fields = badFields(plan -> {
            community(plan, 0).put("minMembers", 9).put("maxMembers", 3);
            community(plan, 1).put("population", -5);
            org(plan, 0).put("partyMembers", -1);
            plan.putObject("rules").putArray("typeQuotas").addObject().put("type", "AGENCY").put("min", 3).put("max", 1);
        });
        assertThat(fields).containsExactly("communities[0].minMembers", "communities[1].population",
                "organizations[0].partyMembers", "rules.typeQuotas[0].min");
    }

    @Test
    void noCommunities() throws IOException {
        assertThat(badFields(plan -> plan.putArray("communities"))).contains("communities");
        assertThat(badFields(plan -> plan.remove("communities"))).contains("communities");
    }

    @Test
    void unknownConstraintNamesAndNegativeWeights() throws IOException {
        List<String> fields = badFields(plan -> plan.putObject("weights").put("distance", 2).put("closeness", 1)
                .put("sizeBalance", -3));
        assertThat(fields).containsExactly("weights.closeness", "weights.sizeBalance");
    }

    @Test
    void notJson() {
        ApiClient.Response response = api.postJson("/api/plans", "{\"name\": \"垫江\", ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("messageEn").asText()).contains("not valid JSON");
        assertThat(api.postJson("/api/plans", "").status()).isEqualTo(400);
        assertThat(api.postJson("/api/plans", "[1, 2]").json().get("errors").get(0).get("messageEn").asText())
                .contains("JSON object");
    }

    @Test
    void wrongTypesAreAllReportedAtOnce() throws IOException {
        List<String> fields = badFields(plan -> {
            plan.put("name", 2027);
            org(plan, 0).put("partyMembers", "many");
            org(plan, 1).put("partyMembers", 3.5);
            org(plan, 2).put("pinned", "yes");
            org(plan, 3).put("capabilities", "LEGAL_AID");
            ((ObjectNode) community(plan, 0).get("location")).put("lat", "north");
            plan.put("organizations2", 1);
        });
        assertThat(fields).containsExactlyInAnyOrder("communities[0].location.lat", "name",
                "organizations[0].partyMembers", "organizations[1].partyMembers", "organizations[2].pinned",
                "organizations[3].capabilities", "organizations2");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() throws IOException {
        ObjectNode plan = dianjiang();
        org(plan, 4).put("type", "BANK");
        plan.putObject("rules").put("sizeBalance", "BY_AREA");
        ApiClient.Response response = api.postJson("/api/plans", plan.toString());
        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("organizations[4].type");
        assertThat(errors.get(0).get("messageEn").asText()).contains("BANK").contains("AGENCY").contains("HOSPITAL");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("rules.sizeBalance");
    }

    @Test
    void badLimitsJoinTheBodyProblems() throws IOException {
        ObjectNode plan = dianjiang();
        org(plan, 0).remove("name");
        ApiClient.Response response = api.postJson("/api/plans?timeLimit=soon&unimprovedTimeLimit=5h", plan.toString());
        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("organizations[0].name", "timeLimit", "unimprovedTimeLimit");
    }

    @Test
    void bodiesOverTheLimitGet413() throws IOException {
        ObjectNode plan = dianjiang();
        ArrayNode organizations = (ArrayNode) plan.get("organizations");
        JsonNode template = organizations.get(0);
        int copies = 1_200_000 / template.toString().length() + 1;
        for (int i = 0; i < copies; i++) {
            organizations.add(((ObjectNode) template.deepCopy()).put("id", "copy" + i));
        }
        String body = plan.toString();
        assertThat(body.length()).as("just over the 1 MB limit set for this test").isGreaterThan(1_048_576);
        ApiClient.Response response = api.postJson("/api/plans", body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void formEncodedBodiesAreRefusedWithAHint() throws IOException {
        ApiClient.Response response = api.post("/api/plans", dianjiang().toString().getBytes(), 
                "application/x-www-form-urlencoded");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badRequestsDoNotDisturbASolvingPlan() throws IOException {
        String id = api.postJson("/api/plans?timeLimit=4s&unimprovedTimeLimit=4s", dianjiang().toString())
                .json().get("id").asText();
        api.pollStatus(id, s -> s.get("status").asText().equals("SOLVING"), Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            assertThat(api.postJson("/api/plans", "{\"communities\": 5}").status()).isEqualTo(400);
            assertThat(api.postJson("/api/plans", "nonsense").status()).isEqualTo(400);
        }
        JsonNode done = api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(20));
        assertThat(done.get("feasible").asBoolean()).isTrue();
        assertThat(done.get("error")).isNull();
    }
}
