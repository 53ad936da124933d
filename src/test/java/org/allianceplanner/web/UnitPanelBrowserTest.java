package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.allianceplanner.testing.SharedServiceContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The unit panel: a click on a unit (in its alliance, the score analysis, the map) opens where it is
 * and why, its alternatives with the change each makes, and "移至此处", which moves it by hand; English
 * mode mirrors it. It runs in the service the scope API tests share (the same properties, one context).
 */
@SharedServiceContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitPanelBrowserTest {

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
    void aClickOnAUnitExplainsItsPlaceAndMovesItToAnAlternativeInOneClick() {
        browser.solveDemoPlan("http://localhost:" + port, "jintang-zhaozhen", "4个社区");
        // The score in plain words beside it.
        assertThat(browser.text("#plan-km")).contains("公里当量");

        // Its alliance: the unit's name opens the panel.
        browser.click("[data-tab=alliances]");
        WebElement first = browser.findAll("#tab-alliances .open-unit").get(0);
        String org = first.getDomAttribute("data-org");
        String name = first.getText();
        String from = first.findElement(By.xpath("ancestor::article")).getDomAttribute("data-community");
        first.click();
        browser.waitFor(d -> !browser.findAll("#unit-panel .alternatives li").isEmpty());
        assertThat(browser.find("#unit-panel").getDomAttribute("data-org")).isEqualTo(org);
        String panel = browser.text("#unit-panel");
        assertThat(panel).contains(name).contains("所在社区").contains("驻区社区").contains("职能").contains("距离")
                .contains("为什么在这里").contains("公里当量").contains("移至此处");
        assertThat(browser.text("#unit-panel .unit-summary")).contains(name);
        browser.screenshot("18-unit-panel");

        // 移至此处 moves it there by hand: the edit flow scores the changed plan and says better or worse.
        WebElement alternative = browser.findAll("#unit-panel .alternative").get(0);
        String target = alternative.getDomAttribute("data-community");
        assertThat(target).isNotEqualTo(from);
        alternative.findElement(By.cssSelector("button.move-here")).click();
        browser.waitFor(d -> !browser.findAll("article[data-community='" + target + "'] tr[data-org='" + org + "']")
                .isEmpty() && !browser.find("#edit-busy").isDisplayed());
        browser.waitFor(d -> browser.text("#edit-text").contains("已手动调整 1 处"));
        browser.waitFor(d -> browser.text("#edit-verdict").matches(".*(变好|变差|相同|不足).*"));
        browser.click("#unit-panel .close");
        browser.waitFor(d -> !browser.find("#unit-panel").isDisplayed());
        browser.click("#undo-button");
        browser.waitFor(d -> browser.find("#edit-banner").getDomAttribute("hidden") != null
                || !browser.find("#edit-banner").isDisplayed());

        // The score analysis: per principle, and a sentence naming a unit opens the same panel.
        browser.click("[data-tab=analysis]");
        browser.waitFor(d -> browser.text("#tab-analysis").contains("属地优先"));
        assertThat(browser.text("#tab-analysis .plain-score")).contains("公里当量");
        browser.find("details.constraint[data-constraint=distance] summary").click();
        WebElement why = browser.waitFor(d -> browser.findAll("details.constraint[data-constraint=distance] .open-unit")
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String named = why.getDomAttribute("data-org");
        why.click();
        browser.waitFor(d -> named.equals(browser.find("#unit-panel").getDomAttribute("data-org"))
                && !browser.findAll("#unit-panel .alternatives li").isEmpty());

        // English mode mirrors it: its labels and sentences in English, only names in Chinese.
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#unit-panel").contains("Why here"));
        String english = browser.text("#unit-panel");
        assertThat(english).contains("Community").contains("Functions").contains("Move here").contains("km-equivalent")
                .doesNotContain("公里").doesNotContain("移至").doesNotContain("为什么");
        browser.screenshot("19-unit-panel-english");
        List<String> stray = browser.strayTexts();
        assertThat(stray).as("Chinese labels in English mode").isEmpty();
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#app-title").equals("城市基层党建联合体规划"));
        assertThat(browser.strayTexts()).as("code names in Chinese mode").isEmpty();
    }
}
