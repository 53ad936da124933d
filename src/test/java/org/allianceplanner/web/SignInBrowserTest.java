package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.allianceplanner.testing.SmallCounty;
import org.allianceplanner.testing.TestCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signing in on the page as a street official limited to one scope: a wrong password is refused on
 * the sign-in page, the right one opens the planners' page with only that scope's plans and the
 * user's name and role in the top bar (no audit or users tab for a planner), sign-out returns to the
 * sign-in page; the administrator then reads the official's changes in the audit tab, and gives the
 * official a token on the users tab and revokes it. Screenshots: 14-sign-in, 15-scoped-view, 16-audit, 17-users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "alliance.demo.dataset=")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    Browser browser;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
        base = "http://localhost:" + port;
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aStreetOfficialSignsInSeesOnlyTheirScopeAndSignsOut() throws Exception {
        String mine = "桂溪街道";
        String other = "桂阳街道";
        String myPlan = submit(SmallCounty.problem(mine).toString());
        submit(SmallCounty.problem(other).toString());
        JsonNode created = send("POST", "/api/users", "{\"username\":\"guixi\",\"displayName\":\"王芳\","
                + "\"password\":\"guixi-password\",\"roles\":[\"PLANNER\"],\"scopes\":[\"" + mine + "\"]}");
        assertThat(created.get("scopes").get(0).asText()).isEqualTo(mine);

        browser.driver.get(base + "/");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/signin.html"));
        browser.waitFor(d -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        assertThat(browser.text("#signin-form h2")).isEqualTo("登录");
        browser.find("#username").sendKeys("guixi");
        browser.find("#password").sendKeys("wrong-password");
        browser.screenshot("14-sign-in");
        browser.find("#signin-button").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/signin.html?error"));
        assertThat(browser.text("#signin-message")).isEqualTo("用户名或密码不正确。");

        browser.signIn(base, "guixi", "guixi-password");
        assertThat(browser.text("#user-name")).isEqualTo("王芳（规划员）");
        List<String> plans = browser.findAll("#plan-select option").stream().map(WebElement::getText).toList();
        assertThat(plans).anyMatch(p -> p.contains(mine)).noneMatch(p -> p.contains(other));
        assertThat(browser.find("[data-tab=audit]").isDisplayed()).as("no audit trail for a planner").isFalse();
        assertThat(browser.find("[data-tab=users]").isDisplayed()).isFalse();
        assertThat(browser.find("#new-plan").isDisplayed()).as("a planner submits plans").isTrue();
        browser.waitFor(d -> browser.text("#plan-status").equals("已完成"));
        browser.screenshot("15-scoped-view");
        assertThat(browser.driver.getCurrentUrl()).contains(myPlan);

        browser.click("#lang-switch");
        assertThat(browser.text("#user-name")).isEqualTo("王芳 (Planner)");
        browser.click("#lang-switch");

        browser.click("#sign-out");
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/signin.html?signedOut"));
        assertThat(browser.text("#signin-message")).isEqualTo("您已退出登录。");

        browser.signIn(base);
        assertThat(browser.text("#user-name")).as("the first administrator has no display name")
                .isEqualTo("admin（管理员）");
        browser.click("[data-tab=audit]");
        browser.waitFor(d -> !browser.findAll("#tab-audit .audit-row").isEmpty());
        List<String> users = browser.findAll("#tab-audit .audit-user").stream().map(WebElement::getText).toList();
        assertThat(users).contains("guixi", "service");
        assertThat(browser.text("#tab-audit")).contains("登录失败").contains("用户变更");
        browser.screenshot("16-audit");

        // The administrator gives the official a token for a script, and revokes it: refused at once.
        browser.click("[data-tab=users]");
        String row = "#tab-users tr.user-row[data-username=guixi]";
        browser.waitFor(d -> !browser.findAll(row).isEmpty());
        assertThat(browser.text(row)).contains("王芳").contains("规划员").contains(mine);
        browser.find(row + " .token-name").sendKeys("每晚导出");
        browser.click(row + " .new-token");
        String secret = browser.text("#tab-users .token-secret");
        assertThat(status("/api/me", secret)).isEqualTo(200);
        browser.screenshot("17-users");
        browser.click(row + " .revoke-token");
        browser.waitFor(d -> browser.text(row).contains("已撤销"));
        assertThat(status("/api/me", secret)).as("a revoked token is refused at once").isEqualTo(401);
    }

    private int status(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String submit(String problem) throws Exception {
        String id = send("POST", "/api/plans?timeLimit=2s&unimprovedTimeLimit=1s", problem).get("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (send("GET", "/api/plans/" + id + "/status", null).get("status").asText().equals("SOLVED")) {
                return id;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("plan " + id + " not solved");
    }

    private JsonNode send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", TestCredentials.AUTHORIZATION)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}
