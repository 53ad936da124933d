package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Compare and adopt on the page: the tab appears when the service has adoption, a finished plan is
 * adopted, and a plan re-solved after a change by hand is compared with it, move by move. It drives
 * the real adoption and diff endpoints, in the service the scope API tests share (the same
 * properties, so one Spring context for all of them; the page's plan is of a scope of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.rebalance.cron=-", "alliance.solver.parallel-plans=2",
                "alliance.dispatch.poll-interval=200ms", "alliance.rebalance.stability-weight=5000",
                "spring.datasource.url=jdbc:h2:mem:scope-api;DB_CLOSE_DELAY=-1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerPageAdoptionBrowserTest {

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
    void aPlannerAdoptsAPlanThenComparesAPlanChangedByHandWithIt() {
        browser.driver.get("http://localhost:" + port + "/");
        browser.waitFor(d -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
        browser.click("#new-plan");
        new Select(browser.find("#dataset-select")).selectByValue("jintang-zhaozhen");
        browser.waitFor(d -> browser.text("#problem-summary").contains("4个社区"));
        setValue("#time-limit", "2");
        setValue("#unimproved-limit", "2");
        browser.click("#start-button");
        browser.waitFor(Duration.ofSeconds(30), d -> browser.text("#plan-status").equals("已完成"));

        browser.click("[data-tab=diff]");
        browser.waitFor(d -> browser.text("#tab-diff").contains("尚无已确定方案"));
        browser.click("#tab-diff button.adopt");
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
        browser.screenshot("10-compare-and-adopt");
    }

    private void setValue(String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }
}
