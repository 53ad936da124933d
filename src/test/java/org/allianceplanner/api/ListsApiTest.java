package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The three lists over HTTP: each endpoint for what it does, bad input (one problem+json naming every
 * bad field), unknown ids (404), and every status transition (an illegal one is 409).
 */
class ListsApiTest extends ScopeApiSupport {

    /** The demo county's scope, given its synthetic lists at start. */
    static final String DEMO = "垫江县城市基层党建联合体";

    private static String need(String id, String community) {
        return "{\"id\":\"" + id + "\",\"community\":\"" + community + "\",\"street\":\"桂溪街道\",\"title\":\"独居老人探访\","
                + "\"category\":\"ELDERLY_CARE\",\"priority\":3,\"raisedOn\":\"2026-01-15\",\"source\":\"JOINT_VISIT\"}";
    }

    private static String resource(String id, String alliance) {
        return "{\"id\":\"" + id + "\",\"organization\":\"hospital\",\"organizationName\":\"县人民医院\",\"alliance\":\""
                + alliance + "\",\"street\":\"桂溪街道\",\"title\":\"敬老志愿服务\",\"capability\":\"ELDERLY_CARE\","
                + "\"capacity\":2,\"months\":[3,6,9,12]}";
    }

    private static String project(String id, String need, String resource) {
        return "{\"id\":\"" + id + "\",\"need\":\"" + need + "\",\"resources\":[\"" + resource + "\"],"
                + "\"responsibleUnit\":\"hospital\",\"plannedMonth\":6,\"status\":\"UNCLAIMED\"}";
    }

    private static String lists(String scope) {
        return scopeUrl(scope) + "/lists";
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void needsResourcesAndProjectsAreAddedChangedAndRemovedAsLoggedRevisions() {
        String scope = newScope();
        String url = lists(scope);
        JsonNode empty = api.get(url).json();
        assertThat(empty.get("revision").asInt()).isZero();
        assertThat(empty.get("needs")).isEmpty();

        ApiClient.Response added = api.postJson(url + "/needs", need("n1", "yingchun"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.location()).isEqualTo(url + "/needs/n1");
        assertThat(added.json().get("revision").asInt()).isEqualTo(1);
        assertThat(api.postJson(url + "/resources", resource("r1", "yingchun")).status()).isEqualTo(201);
        assertThat(api.postJson(url + "/projects", project("p1", "n1", "r1")).status()).isEqualTo(201);

        ApiClient.Response patched = api.patchJson(url + "/needs/n1", "{\"priority\":2,\"effort\":2}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("item").get("priority").asInt()).isEqualTo(2);
        assertThat(patched.json().get("item").get("title").asText()).isEqualTo("独居老人探访");
        assertThat(api.patchJson(url + "/resources/r1", "{\"capacity\":4}").status()).isEqualTo(200);
        assertThat(api.patchJson(url + "/projects/p1", "{\"plannedMonth\":9}").status()).isEqualTo(200);

        JsonNode read = api.get(url).json();
        assertThat(read.get("revision").asInt()).isEqualTo(6);
        assertThat(read.get("resources").get(0).get("capacity").asInt()).isEqualTo(4);
        assertThat(read.get("projects").get(0).get("plannedMonth").asInt()).isEqualTo(9);
        assertThat(read.get("kpis").get("county").get("needs").asInt()).isEqualTo(1);
        assertThat(read.get("kpis").get("county").get("matched").asInt()).isEqualTo(1);

        ApiClient.Response busy = api.delete(url + "/needs/n1");
        assertThat(busy.status()).as(busy.body()).isEqualTo(409);
        assertThat(api.delete(url + "/resources/r1").status()).isEqualTo(409);
        assertThat(api.delete(url + "/projects/p1").status()).isEqualTo(200);
        assertThat(api.delete(url + "/needs/n1").status()).isEqualTo(200);
        assertThat(api.delete(url + "/resources/r1").status()).isEqualTo(200);
        assertThat(api.delete(url + "/needs/n1").status()).isEqualTo(404);
        assertThat(api.patchJson(url + "/projects/nope", "{}").status()).isEqualTo(404);

        List<String> kinds = new ArrayList<>();
        api.get(url + "/changes").json().forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactly("ADD_NEED", "ADD_RESOURCE", "ADD_PROJECT", "UPDATE_NEED", "UPDATE_RESOURCE",
                "UPDATE_PROJECT", "REMOVE_PROJECT", "REMOVE_NEED", "REMOVE_RESOURCE");
    }

    @Test
    void badItemsAreRefusedWithEveryBadField() {
        String url = lists(newScope());
        ApiClient.Response bad = api.postJson(url + "/needs", "{\"id\":\"n1\",\"community\":\"\",\"title\":\"x\","
                + "\"category\":\"not a code\",\"priority\":7,\"raisedOn\":\"yesterday\",\"source\":\"RUMOUR\"}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).contains("application/problem+json");
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("category", "community", "priority", "raisedOn", "source");

        assertThat(api.postJson(url + "/needs", need("n1", "yingchun")).status()).isEqualTo(201);
        ApiClient.Response twice = api.postJson(url + "/needs", need("n1", "yingchun"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(fields(twice.json())).containsExactly("id");

        ApiClient.Response badResource = api.postJson(url + "/resources", "{\"id\":\"r1\",\"organization\":\"u\","
                + "\"title\":\"t\",\"capability\":\"ELDERLY_CARE\",\"capacity\":0,\"months\":[0,13]}");
        assertThat(fields(badResource.json())).containsExactlyInAnyOrder("capacity", "months[0]", "months[1]");

        ApiClient.Response badProject = api.postJson(url + "/projects", project("p1", "ghost", "nothing"));
        assertThat(fields(badProject.json())).containsExactlyInAnyOrder("need", "resources[0]");

        ApiClient.Response badWhole = api.putJson(url, "{\"year\":2026,\"needs\":[" + need("a", "c") + "," + need("a", "c")
                + "],\"projects\":[" + project("p", "a", "r") + "]}");
        assertThat(badWhole.status()).isEqualTo(400);
        assertThat(fields(badWhole.json())).containsExactlyInAnyOrder("needs[1].id", "projects[0].resources[0]");
    }

    @Test
    void everyStatusTransitionAndIllegalOnesConflict() {
        String url = lists(newScope());
        api.postJson(url + "/needs", need("n1", "yingchun"));
        api.postJson(url + "/needs", need("n2", "yingchun"));
        api.postJson(url + "/resources", resource("r1", "yingchun"));
        api.postJson(url + "/projects", project("p1", "n1", "r1"));
        api.postJson(url + "/projects", project("p2", "n2", "r1"));

        assertThat(api.postJson(url + "/projects/p1/status", "{\"status\":\"DONE\"}").status()).isEqualTo(409);
        ApiClient.Response claimed = api.postJson(url + "/projects/p1/claim",
                "{\"meeting\":\"迎春社区联席会议 2026-06\",\"on\":\"2026-06-12\"}");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(claimed.json().get("item").get("status").asText()).isEqualTo("CLAIMED");
        assertThat(claimed.json().get("item").get("claimedAt").asText()).isEqualTo("迎春社区联席会议 2026-06");
        assertThat(claimed.json().get("item").get("claimedOn").asText()).isEqualTo("2026-06-12");
        assertThat(api.post(url + "/projects/p1/claim").status()).as("claimed twice").isEqualTo(409);
        assertThat(api.postJson(url + "/projects/p1/status", "{\"status\":\"IN_PROGRESS\",\"on\":\"2026-06-20\"}")
                .status()).isEqualTo(200);
        ApiClient.Response done = api.postJson(url + "/projects/p1/status",
                "{\"status\":\"DONE\",\"on\":\"2026-07-01\",\"note\":\"探访12户\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("item").get("outcome").asText()).isEqualTo("探访12户");
        ApiClient.Response afterDone = api.postJson(url + "/projects/p1/status", "{\"status\":\"CANCELLED\"}");
        assertThat(afterDone.status()).isEqualTo(409);
        assertThat(afterDone.json().get("code").asText()).isEqualTo("error.illegalTransition.detail");

        ApiClient.Response claimedToday = api.post(url + "/projects/p2/claim");
        assertThat(claimedToday.status()).as(claimedToday.body()).isEqualTo(200);
        assertThat(claimedToday.json().get("item").get("claimedAt").asText()).isEqualTo("yingchun/" +
                api.get(url).json().get("year").asInt() + "-06");
        assertThat(api.postJson(url + "/projects/p2/status", "{\"status\":\"CANCELLED\"}").status()).isEqualTo(200);
        assertThat(api.postJson(url + "/projects/p2/status", "{\"status\":\"IN_PROGRESS\"}").status()).isEqualTo(409);
        assertThat(api.postJson(url + "/projects/p2/status", "{\"status\":\"LOST\"}").status()).isEqualTo(400);
        assertThat(api.patchJson(url + "/projects/p2", "{\"status\":\"UNCLAIMED\"}").status())
                .as("status moves only by transition").isEqualTo(400);

        JsonNode kpis = api.get(url + "/kpis?asOf=2026-12-01").json().get("county");
        assertThat(kpis.get("claimed").asInt()).isEqualTo(1);
        assertThat(kpis.get("completed").asInt()).isEqualTo(1);
        assertThat(kpis.get("longestWaitingNeed").asText()).isEqualTo("n2");
        assertThat(api.get(url + "/kpis?asOf=someday").status()).isEqualTo(400);
    }

    @Test
    void theDemoCountyIsMatchedAndAProposalClaimed() {
        String url = lists(DEMO);
        JsonNode demo = api.get(url).json();
        assertThat(demo.get("kpis").get("county").get("needs").asInt()).isEqualTo(292);
        assertThat(demo.get("kpis").get("county").get("resources").asInt()).isEqualTo(353);
        assertThat(demo.get("kpis").get("county").get("claimed").asInt()).isEqualTo(149);
        assertThat(demo.get("kpis").get("county").get("completed").asInt()).isEqualTo(115);

        ApiClient.Response proposed = api.post(url + "/proposals?asOf=2026-03-01&seconds=2");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        JsonNode result = proposed.json();
        assertThat(result.get("score").asText()).startsWith("0hard");
        assertThat(result.get("proposed").asInt()).isPositive();
        JsonNode first = result.get("proposals").get(0);
        assertThat(first.get("status").asText()).isEqualTo("UNCLAIMED");
        assertThat(first.get("reason").get("zh").asText()).contains("联席会议认领");
        assertThat(first.get("reason").get("en").asText()).contains("joint meeting");
        assertThat(result.get("rules")).isNotEmpty();

        JsonNode open = api.get(url + "?status=UNCLAIMED").json();
        assertThat(open.get("projects").size()).isEqualTo(result.get("proposed").asInt());
        String community = api.get(url).json().get("needs").get(0).get("community").asText();
        JsonNode filtered = api.get(url + "?community=" + community).json();
        filtered.get("needs").forEach(n -> assertThat(n.get("community").asText()).isEqualTo(community));

        String id = first.get("id").asText();
        ApiClient.Response claimed = api.post(url + "/projects/" + id + "/claim");
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
        assertThat(api.get(url + "/kpis").json().get("county").get("claimed").asInt()).isEqualTo(150);

        ApiClient.Response again = api.post(url + "/proposals?asOf=2026-03-01&seconds=1");
        assertThat(again.json().get("openNeeds").asInt()).isEqualTo(292 - 150);
        assertThat(api.post(url + "/proposals?seconds=0").status()).isEqualTo(400);
    }

    @Test
    void theListsWorkbookIsExportedAndImportedWithRowLevelProblems() {
        ApiClient.Response exported = api.get(lists(DEMO).replace("/lists", "/lists.xlsx"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).contains("spreadsheetml");
        byte[] workbook = api.getBytes(lists(DEMO).replace("/lists", "/lists.xlsx"));

        String scope = newScope();
        ApiClient.Response imported = api.post(lists(scope).replace("/lists", "/lists.xlsx"), workbook,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("kind").asText()).isEqualTo("REPLACE");
        JsonNode copy = api.get(lists(scope)).json();
        assertThat(copy.get("needs").size()).isEqualTo(292);
        assertThat(copy.get("resources").size()).isEqualTo(353);
        assertThat(copy.get("kpis").get("county").get("completed").asInt()).isEqualTo(115);

        ApiClient.Response bad = api.post(lists(scope).replace("/lists", "/lists.xlsx"), "not a workbook".getBytes(),
                "application/octet-stream");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("code").asText()).isEqualTo("excel.file.notXlsx");
    }

    @Test
    void aScopeLimitedPlannerChangesOnlyItsOwnScopesListsAndTheAuditNamesEachChange() {
        String mine = newScope();
        String other = newScope();
        String planner = "lists-planner-" + mine.substring(mine.length() - 6);
        ApiClient limited = new ApiClient(port, Users.create(api, planner, List.of("PLANNER"), List.of(mine)));
        ApiClient viewer = new ApiClient(port, Users.create(api, "lists-viewer-" + mine.substring(mine.length() - 6),
                List.of("VIEWER"), List.of()));

        assertThat(limited.postJson(lists(mine) + "/needs", need("n1", "yingchun")).status()).isEqualTo(201);
        assertThat(limited.postJson(lists(mine) + "/resources", resource("r1", "yingchun")).status()).isEqualTo(201);
        assertThat(limited.postJson(lists(mine) + "/projects", project("p1", "n1", "r1")).status()).isEqualTo(201);
        assertThat(limited.post(lists(mine) + "/projects/p1/claim").status()).isEqualTo(200);
        assertThat(limited.postJson(lists(mine) + "/projects/p1/status", "{\"status\":\"IN_PROGRESS\"}").status())
                .isEqualTo(200);
        assertThat(limited.get(lists(other)).status()).isEqualTo(403);
        assertThat(limited.postJson(lists(other) + "/needs", need("n1", "yingchun")).status()).isEqualTo(403);
        assertThat(viewer.get(lists(mine)).status()).isEqualTo(200);
        assertThat(viewer.postJson(lists(mine) + "/needs", need("n2", "yingchun")).status()).isEqualTo(403);

        List<String> kinds = new ArrayList<>();
        api.get("/api/audit?user=" + planner).json().forEach(row -> kinds.add(row.get("kind").asText() + " "
                + row.get("outcome").asText() + " " + (row.hasNonNull("scope") ? row.get("scope").asText() : "-")));
        assertThat(kinds).contains("LISTS SUCCEEDED " + mine, "LIST_CLAIM SUCCEEDED " + mine,
                "LIST_STATUS SUCCEEDED " + mine, "LISTS REFUSED " + other);
        JsonNode claim = null;
        for (JsonNode row : api.get("/api/audit?user=" + planner + "&kind=LIST_CLAIM").json()) {
            claim = row;
        }
        assertThat(claim).isNotNull();
        assertThat(claim.get("subject").asText()).isEqualTo("lists/projects/p1/claim");
        assertThat(claim.hasNonNull("planId")).as("a project is not a plan").isFalse();
    }
}
