package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The plan list: where a plan came from, renaming it and archiving it, over HTTP. */
class PlanListApiTest extends ScopeApiSupport {

    @Test
    void aPlanSaysWhereItCameFromAndCanBeRenamedArchivedAndRestored() {
        String scope = newScope();
        ApiClient.Response imported = api.postJson("/api/plans?timeLimit=1s&origin=IMPORT&source="
                + java.net.URLEncoder.encode("测试县.xlsx", java.nio.charset.StandardCharsets.UTF_8),
                SmallCounty.problem(scope).toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        String id = imported.json().get("id").asText();
        waitUntilFinished(id);
        ApiClient.Response resolved = api.postJson("/api/plans?timeLimit=1s&origin=RESOLVE&basedOn=" + id,
                SmallCounty.problem(scope).toString());
        String second = resolved.json().get("id").asText();

        JsonNode first = api.get("/api/plans/" + id + "/status").json();
        assertThat(first.get("origin").asText()).isEqualTo("IMPORT");
        assertThat(first.get("source").asText()).isEqualTo("测试县.xlsx");
        JsonNode again = api.get("/api/plans/" + second + "/status").json();
        assertThat(again.get("origin").asText()).isEqualTo("RESOLVE");
        assertThat(again.get("basedOn").asText()).isEqualTo(id);

        ApiClient.Response renamed = api.patchJson("/api/plans/" + id, "{\"name\":\"  测试县 初稿  \"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("测试县 初稿");
        assertThat(api.get("/api/plans/" + id).json().get("plan").get("name").asText())
                .as("the plan's document carries the new name into exports").isEqualTo("测试县 初稿");
        assertThat(api.get("/api/plans/" + id).json().get("plan").get("scope").asText()).isEqualTo(scope);

        assertThat(api.patchJson("/api/plans/" + id, "{\"archived\":true}").json().get("archived").asBoolean()).isTrue();
        assertThat(ids(api.get("/api/plans").json())).doesNotContain(id).contains(second);
        assertThat(ids(api.get("/api/plans?archived=true").json())).contains(id, second);
        assertThat(api.patchJson("/api/plans/" + id, "{\"archived\":false}").json().has("archived")).isFalse();
        assertThat(ids(api.get("/api/plans").json())).contains(id);
    }

    @Test
    void badRenamesAndOriginsAreRefusedFieldByField() {
        String id = solve(SmallCounty.problem(newScope()));
        assertThat(badFields(api.patchJson("/api/plans/" + id, "{\"name\":\"  \"}"))).containsExactly("name");
        assertThat(badFields(api.patchJson("/api/plans/" + id, "{}"))).containsExactly("name");
        assertThat(badFields(api.patchJson("/api/plans/" + id, "{\"archived\":\"yes\"}"))).contains("archived");
        assertProblem(api.patchJson("/api/plans/nothing", "{\"name\":\"x\"}"), 404);
        assertThat(badFields(api.postJson("/api/plans?origin=REBALANCE&basedOn=nothing",
                SmallCounty.problem(newScope()).toString()))).containsExactlyInAnyOrder("origin", "basedOn");
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(p -> p.get("id").asText()).toList();
    }
}
