package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.allianceplanner.AlliancePlannerApplication;
import org.allianceplanner.testing.SmallCounty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing over HTTP (jqwik): valid problems, master-data changes and query parameters
 * with one part made hostile — a value of the wrong kind, NUL and control characters, huge or
 * non-finite numbers, dates centuries away, a field gone, content after the document. Whatever
 * comes, the answer is a 2xx or a 4xx problem+json, never a 5xx, and a 4xx writes nothing.
 */
class FuzzApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static ConfigurableApplicationContext service;
    private static ApiClient api;
    private static String scope;
    private static String adoptedPlan;

    @BeforeContainer
    static void start() {
        service = new SpringApplicationBuilder(AlliancePlannerApplication.class).run("--server.port=0",
                "--alliance.demo.dataset=", "--alliance.rebalance.cron=-", "--alliance.solver.parallel-plans=1",
                "--spring.datasource.url=jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1", "--logging.level.root=WARN",
                "--logging.level.org.allianceplanner.api.ProblemResponses=ERROR");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        api = new ApiClient(port);
        scope = "fuzz-county";
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=2s&unimprovedTimeLimit=1s",
                SmallCounty.problem(scope).toString());
        adoptedPlan = submitted.json().get("id").asText();
        api.pollStatus(adoptedPlan, s -> s.get("status").asText().equals("SOLVED"), java.time.Duration.ofSeconds(60));
        assertThat(api.post("/api/plans/" + adoptedPlan + "/adopt").status()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    /** A hostile value of some kind. */
    private static JsonNode hostile(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.textNode("a\u0000b");
            case 5 -> NODES.textNode("");
            case 6 -> NODES.textNode("x".repeat(5000));
            case 7 -> NODES.textNode("2026-01-01/+999999999-12-31");
            case 8 -> NODES.booleanNode(random.nextBoolean());
            case 9 -> NODES.objectNode().put("x", 1);
            case 10 -> NODES.arrayNode().add(NODES.nullNode()).add(3);
            case 11 -> NODES.textNode("a/b");
            case 12 -> NODES.numberNode(9.3e15);
            case 13 -> NODES.numberNode(Double.MAX_VALUE);
            case 14 -> NODES.textNode("\u001f\ud800");
            default -> NODES.textNode("2026-02-30");
        };
    }

    /** Every container and field of a tree, to pick one to break. */
    private static List<JsonNode> containers(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> containers(child, into));
        }
        return into;
    }

    /** The document with one part broken: a value replaced, a field removed or added, or garbage after it. */
    private static String mutate(JsonNode original, Random random) {
        JsonNode copy = original.deepCopy();
        int times = 1 + random.nextInt(3);
        String suffix = "";
        for (int t = 0; t < times; t++) {
            List<JsonNode> all = containers(copy, new ArrayList<>());
            JsonNode target = all.get(random.nextInt(all.size()));
            int kind = random.nextInt(10);
            if (kind == 9) {
                suffix = List.of("]", "{}", "garbage", "{\"a\":1}", "\u0000").get(random.nextInt(5));
            } else if (target instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(random.nextInt(names.size()));
                if (kind == 8) {
                    object.remove(name);
                } else if (kind == 7) {
                    object.set("unknown" + random.nextInt(9), hostile(random));
                } else {
                    object.set(name, hostile(random));
                }
            } else if (target instanceof ArrayNode array && array.size() > 0) {
                array.set(random.nextInt(array.size()), hostile(random));
            }
        }
        return copy + suffix;
    }

    private static void assertNoServerError(ApiClient.Response response, String what) {
        assertThat(response.status()).as(what + " → " + response.body()).isLessThan(500);
        // Tomcat's own refusals too (a path with an encoded slash or NUL): ProblemErrorReportValve.
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        }
    }

    private static int plans() {
        return api.get("/api/plans?archived=true").json().size();
    }

    private static int changes() {
        return api.get("/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8) + "/changes")
                .json().size();
    }

    @Property(tries = 40)
    void mutatedProblems(@ForAll long seed) {
        Random random = new Random(seed);
        String body = mutate(SmallCounty.problem("fuzz-" + (seed & 0xffff)), random);
        ApiClient.Response analysis = api.postJson("/api/plans/analysis", body);
        assertNoServerError(analysis, "analysis of " + body);
        int before = plans();
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=1s", body);
        assertNoServerError(submitted, "submit of " + body);
        if (submitted.status() >= 400) {
            assertThat(plans()).as("a refused plan is not stored").isEqualTo(before);
        } else {
            api.delete("/api/plans/" + submitted.json().get("id").asText() + "/solving");
        }
    }

    @Property(tries = 40)
    void mutatedMasterDataChanges(@ForAll long seed) {
        Random random = new Random(seed);
        String url = "/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8);
        int before = changes();
        ApiClient.Response response = switch (random.nextInt(4)) {
            case 0 -> api.postJson(url + "/organizations", mutate(SmallCounty.organization("f" + seed, "新单位",
                    "HOSPITAL", 2, 0, 0, "HEALTH_CARE", null, 40), random));
            case 1 -> api.patchJson(url + "/organizations/o" + (1 + random.nextInt(30)),
                    mutate(JSON.createObjectNode().put("partyMembers", 20).put("street", "桂溪街道"), random));
            case 2 -> api.putJson(url + "/communities/c" + (1 + random.nextInt(6)) + "/needs",
                    mutate(JSON.createArrayNode().add(JSON.createObjectNode().put("code", "LEGAL_AID")
                            .put("priority", 2)), random));
            default -> api.patchJson(url + "/communities/c" + (1 + random.nextInt(6)),
                    mutate(JSON.createObjectNode().put("maxMembers", 9), random));
        };
        assertNoServerError(response, "master-data change");
        if (response.status() >= 400) {
            assertThat(changes()).as("a refused change writes nothing").isEqualTo(before);
        }
    }

    @Property(tries = 40)
    void hostileQueryParameters(@ForAll long seed) {
        Random random = new Random(seed);
        JsonNode value = hostile(random);
        String text = value.isTextual() ? value.asText() : value.toString();
        String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
        String id = random.nextBoolean() ? adoptedPlan : UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
        Map<String, String> requests = Map.of(
                "GET", "/api/plans/" + id + "/diff?against=" + q,
                "GET ", "/api/plans/" + adoptedPlan + "/calendar?community=" + q + "&street=" + q,
                "GET  ", "/api/plans/" + id + "/calendar.ics?street=" + q,
                "GET   ", "/api/templates/problem.xlsx?dataset=" + q,
                "GET    ", "/api/plans?archived=" + q,
                "POST", "/api/rebalance?scope=" + q + "&maxMoves=" + q + "&timeLimit=" + q,
                "GET     ", "/api/plans/" + id + "/roster.docx?street=" + q);
        for (Iterator<Map.Entry<String, String>> it = requests.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> request = it.next();
            ApiClient.Response response = request.getKey().equals("POST") ? api.post(request.getValue())
                    : api.get(request.getValue());
            assertNoServerError(response, request.getValue());
        }
        int before = plans();
        ApiClient.Response submitted = api.postJson("/api/plans?timeLimit=" + q + "&unimprovedTimeLimit=" + q,
                SmallCounty.problem("fuzz-q").toString());
        assertNoServerError(submitted, "limits " + text);
        if (submitted.status() >= 400) {
            assertThat(plans()).isEqualTo(before);
        } else {
            api.delete("/api/plans/" + submitted.json().get("id").asText() + "/solving");
        }
    }
}
