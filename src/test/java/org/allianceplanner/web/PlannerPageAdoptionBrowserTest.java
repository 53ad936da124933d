package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.testing.SharedServiceContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compare and adopt on the page: the tab appears when the service has adoption, a finished plan is
 * adopted, and a plan re-solved after a change by hand is compared with it, move by move. It drives
 * the real adoption and diff endpoints, in the service the scope API tests share (the same
 * properties, so one Spring context for all of them; the page's plan is of a scope of its own).
 */
// As ScopeApiSupport (metrics exported too), so that both share one context on their one database.
@SharedServiceContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerPageAdoptionBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
        browser.signIn("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aPlannerAdoptsAPlanThenComparesAPlanChangedByHandWithIt() {
        browser.solveDemoPlan("http://localhost:" + port, "jintang-zhaozhen", "4个社区");

        String firstName = browser.text("#plan-name");
        String firstId = planIdInAddress();
        browser.click("[data-tab=diff]");
        browser.waitFor(d -> browser.text("#tab-diff").contains("尚无已确定方案"));
        browser.click("#tab-diff button.adopt");
        // Adopting asks first, naming the plan and what it becomes.
        Alert confirm = browser.waitFor(d -> ExpectedConditions.alertIsPresent().apply(d));
        assertThat(confirm.getText()).contains("确定将方案“" + firstName + "”").contains("现行方案").doesNotContain(firstId);
        confirm.accept();
        browser.waitFor(d -> browser.text("#tab-diff").contains("的现行（已确定）方案"));
        // Read once the tab has settled: it is re-rendered as the plan list refreshes.
        browser.waitFor(d -> !browser.find("#tab-diff button.adopt").isEnabled());

        // Move an organization to another community by hand and pin it there, then solve again.
        browser.click("[data-tab=alliances]");
        List<WebElement> articles = browser.findAll("article.alliance");
        WebElement row = articles.get(0).findElements(By.cssSelector("tr[data-org]")).get(0);
        String moved = row.getDomAttribute("data-org");
        String target = articles.get(articles.size() - 1).getDomAttribute("data-community");
        row.findElement(By.cssSelector("button.move")).click();
        new Select(browser.find("tr[data-org='" + moved + "'] select.move-select")).selectByValue(target);
        browser.waitFor(d -> !browser.findAll("article[data-community='" + target + "'] tr[data-org='" + moved + "']")
                .isEmpty() && !browser.find("#edit-busy").isDisplayed());
        browser.find("tr[data-org='" + moved + "'] button.pin").click();
        browser.waitFor(d -> browser.text("#edit-text").contains("已手动调整 2 处") && !browser.find("#edit-busy").isDisplayed());
        browser.click("[data-tab=diff]");
        browser.waitFor(d -> browser.text("#tab-diff").contains("手动调整的方案须先重新求解"));

        browser.click("#resolve-button");
        browser.waitFor(Duration.ofSeconds(30), d -> browser.text("#plan-status").equals("已完成"));
        browser.waitFor(d -> !browser.findAll("#tab-diff .diff-changes tr[data-org='" + moved + "']").isEmpty());
        assertThat(browser.text("#tab-diff")).contains("与已确定方案对比").contains("调整");
        browser.waitFor(d -> browser.find("#tab-diff button.adopt").isEnabled());

        // The comparison names both plans by name and time, never by id, and shows the plan in force
        // as it was solved beside its score on today's data.
        String secondId = planIdInAddress();
        String against = browser.text("#tab-diff .diff-against");
        assertThat(against).contains("“" + firstName + "”（").contains("“" + browser.text("#plan-name") + "”（")
                .containsPattern("\\d{1,2}/\\d{1,2} \\d{2}:\\d{2}").doesNotContain(firstId).doesNotContain(secondId)
                .as("the plan in force names who adopted it").contains("（由admin确定）");
        assertThat(browser.text("#tab-diff")).doesNotContain(firstId);
        JsonNode firstStatus = json("/api/plans/" + firstId + "/status");
        assertThat(browser.text("#tab-diff .diff-scores tr[data-score=solved]")).contains("求解时")
                .contains(formatted(firstStatus.get("score").asText()));
        assertThat(browser.findAll("#tab-diff .diff-scores tr")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findAll("#tab-diff .diff-constraints th, #tab-diff .diff-changes th")).isNotEmpty()
                .extracting(WebElement::getText).contains("约束", "现行方案", "本方案", "单位", "原社区", "新社区", "得分变化", "原因");

        // The moves sort by a column (and back) and filter by a search and by the kind of change.
        int changes = browser.findAll("#tab-diff .diff-changes tbody tr").size();
        browser.click("#tab-diff .diff-changes th[data-sort=name]");
        browser.waitFor(d -> "ascending".equals(browser.find("#tab-diff th[data-sort=name]").getDomAttribute("aria-sort")));
        List<String> names = columnTexts(1);
        @SuppressWarnings("unchecked")
        List<String> byPinyin = (List<String>) browser.script(
                "return arguments[0].slice().sort((a, b) => a.localeCompare(b, 'zh-CN'))", names);
        assertThat(names).as("in the order of Chinese collation").containsExactlyElementsOf(byPinyin);
        browser.click("#tab-diff .diff-changes th[data-sort=name]");
        browser.waitFor(d -> "descending".equals(browser.find("#tab-diff th[data-sort=name]").getDomAttribute("aria-sort")));
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertThat(columnTexts(1)).containsExactlyElementsOf(reversed);
        String movedName = browser.text("#tab-diff .diff-changes tr[data-org='" + moved + "'] td");
        browser.setValue("#tab-diff .moves-search", movedName);
        browser.waitFor(d -> browser.findAll("#tab-diff .diff-changes tbody tr").size() < changes || changes == 1);
        assertThat(browser.findAll("#tab-diff .diff-changes tbody tr"))
                .allSatisfy(r -> assertThat(r.getText()).contains(movedName));
        assertThat(browser.text("#tab-diff .moves-count")).contains("共" + changes + "个");
        browser.setValue("#tab-diff .moves-search", "");
        new Select(browser.find("#tab-diff .moves-change")).selectByValue("MOVED");
        assertThat(browser.findAll("#tab-diff .diff-changes tbody tr")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getDomAttribute("data-change")).isEqualTo("MOVED"));
        browser.screenshot("10-compare-and-adopt");

        // With a comparison to show, every view in either language: no code names, no stray Chinese.
        assertThat(browser.strayTexts()).as("code names in Chinese mode").isEmpty();
        browser.click("#lang-switch");
        browser.waitFor(d -> "en".equals(browser.find("html").getDomAttribute("lang")));
        assertThat(browser.strayTexts()).as("Chinese labels in English mode").isEmpty();
        browser.click("#lang-switch");
        browser.waitFor(d -> "zh-CN".equals(browser.find("html").getDomAttribute("lang")));
        browser.click("[data-tab=diff]");

        // Adopting the second asks again, naming the plan it replaces; declining keeps the first in force.
        browser.click("#tab-diff button.adopt");
        Alert replace = browser.waitFor(d -> ExpectedConditions.alertIsPresent().apply(d));
        assertThat(replace.getText()).contains("它将取代现行方案“" + firstName + "”");
        replace.dismiss();
        assertThat(browser.find("#tab-diff button.adopt").isEnabled()).isTrue();
        assertThat(json("/api/plans/" + firstId + "/status").path("adopted").asBoolean()).isTrue();

        // The leadership summary, as it prints: A4, nothing but the summary (print media emulated).
        browser.click("[data-tab=summary]");
        browser.waitFor(d -> browser.find(".summary-sheet").isDisplayed());
        assertThat(browser.text(".summary-sheet")).contains("领导审阅汇总").contains("属地优先")
                .contains("与现行方案").contains(browser.text("#plan-name"));
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(794, 1123));
        assertThat(browser.find(".tabs-bar").isDisplayed()).as("no tabs on paper").isFalse();
        assertThat(browser.find(".topbar").isDisplayed()).as("no header on paper").isFalse();
        assertThat(browser.findAll(".summary-sheet button")).isEmpty();
        browser.screenshot("11-summary-print");
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        // A laptop screen: the sticky header, with the edit banner of a plan changed by hand, takes at
        // most a fifth of the height.
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
        browser.click("[data-tab=alliances]");
        browser.find("article.alliance tr[data-org] button.pin").click();
        browser.waitFor(d -> browser.find("#edit-banner").isDisplayed() && !browser.find("#edit-busy").isDisplayed());
        browser.script("window.scrollTo(0, 0)");
        Number header = (Number) browser.script("return document.querySelector('.topbar').getBoundingClientRect().height"
                + " + document.querySelector('.plan-sticky').getBoundingClientRect().height");
        Number height = (Number) browser.script("return window.innerHeight");
        assertThat(header.doubleValue()).as("header of %s px", height).isLessThanOrEqualTo(height.doubleValue() / 5);
        browser.screenshot("12-laptop-1024");
        browser.click("#undo-button");
        browser.waitFor(d -> !browser.find("#edit-banner").isDisplayed());

        // A phone: no view scrolls sideways, and tags are large enough to read.
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String tab : List.of("alliances", "map", "calendar", "analysis", "diff", "summary")) {
            browser.click("[data-tab=" + tab + "]");
            browser.waitFor(d -> !browser.find("#tab-" + tab).getText().isBlank());
            Number overflow = (Number) browser.script("return document.scrollingElement.scrollWidth"
                    + " - Math.min(window.innerWidth, document.scrollingElement.clientWidth)");
            assertThat(overflow.intValue()).as("sideways scroll on %s at 390 px", tab).isLessThanOrEqualTo(0);
        }
        browser.click("[data-tab=alliances]");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("13-phone-390");
        @SuppressWarnings("unchecked")
        List<Number> tagSizes = (List<Number>) browser.script("return [...document.querySelectorAll("
                + "'#tab-alliances .tag, #tab-alliances .cap, #tab-alliances .need, .badge')]"
                + ".filter(e => e.getClientRects().length).map(e => parseFloat(getComputedStyle(e).fontSize))");
        assertThat(tagSizes).isNotEmpty().allSatisfy(size -> assertThat(size.doubleValue()).isGreaterThanOrEqualTo(12));
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1500, 1100));
    }

    private List<String> columnTexts(int column) {
        return browser.findAll("#tab-diff .diff-changes tbody tr td:nth-child(" + column + ")").stream()
                .map(WebElement::getText).toList();
    }

    /** A score as the page writes it: "硬 0 / 中 0 / 软 -412,345". */
    private static String formatted(String score) {
        HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(score);
        return String.format(java.util.Locale.ROOT, "硬 %,d / 中 %,d / 软 %,d", s.hardScore(), s.mediumScore(),
                s.softScore());
    }

    private JsonNode json(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String planIdInAddress() {
        String url = browser.driver.getCurrentUrl();
        int at = url.indexOf("#plan=");
        return at < 0 ? "" : url.substring(at + "#plan=".length());
    }
}
