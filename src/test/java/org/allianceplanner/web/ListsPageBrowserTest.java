package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.allianceplanner.testing.SharedServiceContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three lists tab (三张清单): a planner proposes projects for the scope's open needs, claims a
 * proposal at the joint meeting, starts it and marks it done; the tab reads the same in English. In
 * the service the scope API tests share (same properties, one Spring context).
 */
@SharedServiceContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPlannerClaimsAProposalAndSeesItDone() throws Exception {
        // A solved plan of a small county of its own, and three lists for its scope.
        JsonNode dataset = json("GET", "/api/datasets/jintang-zhaozhen", null);
        String scope = "lists-page-" + System.nanoTime();
        ((com.fasterxml.jackson.databind.node.ObjectNode) dataset).put("scope", scope);
        JsonNode submitted = json("POST", "/api/plans?timeLimit=2s&unimprovedTimeLimit=1s", dataset.toString());
        String planId = submitted.get("id").asText();
        String community = dataset.get("communities").get(0).get("id").asText();
        String street = dataset.get("communities").get(0).get("street").asText();
        String unit = dataset.get("organizations").get(0).get("id").asText();
        String lists = "{\"year\":2026,\"needs\":[{\"id\":\"n1\",\"community\":\"" + community + "\",\"street\":\"" + street
                + "\",\"title\":\"四点半学校\",\"category\":\"CHILDREN_YOUTH\",\"priority\":3,\"raisedOn\":\"2026-01-10\","
                + "\"source\":\"JOINT_MEETING\"}],\"resources\":[{\"id\":\"r1\",\"organization\":\"" + unit + "\","
                + "\"organizationName\":\"" + dataset.get("organizations").get(0).get("name").asText() + "\","
                + "\"alliance\":\"" + community + "\",\"street\":\"" + street + "\",\"title\":\"多彩课堂\","
                + "\"capability\":\"CHILDREN_YOUTH\",\"capacity\":2}]}";
        json("PUT", listsPath(scope), lists);

        // Signed in once the plan is there (on a loaded machine the first sign-in may miss its 15 s: once more);
        // signing in leaves the page open, and only the hash would change, so load it afresh.
        try {
            browser.signIn("http://localhost:" + port);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.signIn("http://localhost:" + port);
        }
        browser.driver.get("http://localhost:" + port + "/#plan=" + planId);
        browser.driver.navigate().refresh();
        browser.waitFor(d -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        try {
            browser.waitFor(Duration.ofSeconds(30), d -> browser.text("#plan-status").equals("已完成"));
        } catch (RuntimeException e) {
            browser.screenshot("lists-failed");
            throw new AssertionError("status: " + browser.text("#plan-status") + " / " + browser.driver.getCurrentUrl(), e);
        }
        browser.click("[data-tab=lists]");
        browser.waitFor(d -> browser.text("#tab-lists").contains("需求清单"));
        assertThat(browser.text("#tab-lists .lists-kpis")).contains("需求清单").contains("项目清单（已认领）");

        browser.click("#tab-lists .lists-propose");
        browser.waitFor(Duration.ofSeconds(30),
                d -> !browser.findAll("#tab-lists tr[data-project][data-status=UNCLAIMED]").isEmpty());
        assertThat(browser.text("#tab-lists tr[data-status=UNCLAIMED] .lists-reason")).contains("联席会议认领");
        browser.click("#tab-lists tr[data-status=UNCLAIMED] button.claim");
        browser.waitFor(d -> !browser.findAll("#tab-lists tr[data-status=CLAIMED]").isEmpty());
        JsonNode project = json("GET", listsPath(scope), null).get("projects").get(0);
        assertThat(project.get("status").asText()).isEqualTo("CLAIMED");
        assertThat(project.get("claimedAt").asText()).startsWith(community + "/");

        browser.click("#tab-lists tr[data-status=CLAIMED] button.advance");
        browser.waitFor(d -> !browser.findAll("#tab-lists tr[data-status=IN_PROGRESS]").isEmpty());
        browser.click("#tab-lists tr[data-status=IN_PROGRESS] button.advance");
        Alert prompt = browser.waitFor(d -> ExpectedConditions.alertIsPresent().apply(d));
        prompt.sendKeys("开班20次");
        prompt.accept();
        browser.waitFor(d -> !browser.findAll("#tab-lists tr[data-status=DONE]").isEmpty());
        assertThat(browser.text("#tab-lists tr[data-status=DONE]")).contains("已完成").contains("开班20次");
        assertThat(json("GET", listsPath(scope) + "/kpis", null).get("county").get("completed").asInt()).isEqualTo(1);
        browser.screenshot("20-three-lists");

        // The tab in English: its labels and the statuses mirror the Chinese ones.
        browser.click("#lang-switch");
        browser.waitFor(d -> "en".equals(browser.find("html").getDomAttribute("lang")));
        browser.waitFor(d -> browser.text("#tab-lists").contains("Projects claimed"));
        assertThat(browser.text("[data-tab=lists]")).isEqualTo("Three lists");
        assertThat(browser.text("#tab-lists tr[data-status=DONE]")).contains("Completed");
        assertThat(browser.text("#tab-lists .toolbar")).contains("Propose projects").doesNotContain("生成");
        browser.click("#lang-switch");
        browser.waitFor(d -> "zh-CN".equals(browser.find("html").getDomAttribute("lang")));
    }

    private String listsPath(String scope) {
        return "/api/scopes/" + UriUtils.encodePathSegment(scope, StandardCharsets.UTF_8) + "/lists";
    }

    private JsonNode json(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
