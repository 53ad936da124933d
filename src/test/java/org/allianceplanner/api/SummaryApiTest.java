package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The leadership summary (JSON and PDF) and the roster attachment (.docx) over HTTP. */
class SummaryApiTest extends ScopeApiSupport {

    @Test
    void theSummaryComparesWithThePlanInForceAndComesAsPdfAndTheRosterAsWord() {
        String scope = newScope();
        String adopted = solve(SmallCounty.problem(scope));
        assertThat(api.post("/api/plans/" + adopted + "/adopt").status()).isEqualTo(200);
        JsonNode own = api.get("/api/plans/" + adopted + "/summary").json();
        assertThat(own.get("adopted").asBoolean()).isTrue();
        assertThat(own.has("comparison")).as("the plan in force compares with nothing").isFalse();

        ObjectNode moved = (ObjectNode) api.get("/api/plans/" + adopted).json().get("plan").deepCopy();
        moved.remove("score");
        ObjectNode unit = (ObjectNode) moved.get("organizations").get(0);
        String to = unit.get("community").asText().equals("c1") ? "c2" : "c1";
        unit.put("community", to).put("pinned", true);
        String second = solve(moved);

        JsonNode summary = api.get("/api/plans/" + second + "/summary").json();
        assertThat(summary.get("name").asText()).isEqualTo("测试县 " + scope);
        assertThat(summary.get("figures").get("organizations").asInt()).isEqualTo(SmallCounty.ORGANIZATIONS);
        assertThat(summary.get("streets")).hasSize(2);
        assertThat(summary.get("map").get("communities")).hasSize(SmallCounty.COMMUNITIES);
        JsonNode comparison = summary.get("comparison");
        assertThat(comparison.get("adoptedPlanId").asText()).isEqualTo(adopted);
        assertThat(comparison.get("moves").toString()).contains("\"organization\":\"o1\"");

        HttpResponse<byte[]> pdf = download("/api/plans/" + second + "/summary.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(".pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<byte[]> docx = download("/api/plans/" + second + "/roster.docx?street="
                + java.net.URLEncoder.encode("桂阳街道", StandardCharsets.UTF_8));
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");

        assertThat(badFields(api.get("/api/plans/" + second + "/roster.docx?street=nowhere"))).containsExactly("street");
        assertProblem(api.get("/api/plans/nothing/summary"), 404);
        assertProblem(api.get("/api/plans/nothing/summary.pdf"), 404);
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
