package org.allianceplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.allianceplanner.excel.Workbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The planner's page in a real headless Chromium, the way a county planner uses it: import a
 * workbook (and read its row-level problems), pick Dianjiang, solve and watch, read the alliances,
 * the map, the calendar and the score analysis, pin and move organizations and see the score change
 * at once, export the roster and read it back, switch to English, and re-solve from the changed plan.
 * Screenshots of the main views go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.solver.default-time-limit=8s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlannerPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SOLVING = Duration.ofSeconds(60);

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

    private void load() {
        browser.driver.get(base + "/");
        browser.waitFor(d -> "true".equals(browser.find("body").getDomAttribute("data-ready")));
    }

    @Test
    @Order(1)
    void aWorkbookWithBadRowsIsRefusedRowByRowAndAGoodOneIsRead() throws Exception {
        load();
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.text("#app-title")).isEqualTo("城市基层党建联合体规划");
        assertThat(browser.find("#start").isDisplayed()).as("a fresh service opens on the start form").isTrue();

        byte[] good = bytes("/api/templates/problem.xlsx?dataset=jintang-zhaozhen");
        byte[] bad = Workbooks.edit(good, workbook -> {
            Workbooks.set(workbook, "单位", 12, "驻区社区编号", "xx");
            Workbooks.set(workbook, "社区", 3, "社区名称", null);
        });
        Path dir = Files.createTempDirectory("alliance-upload");
        Path badFile = Files.write(dir.resolve("赵镇-有错误.xlsx"), bad);
        Path goodFile = Files.write(dir.resolve("赵镇.xlsx"), good);

        browser.find("#file-input").sendKeys(badFile.toString());
        browser.waitFor(d -> browser.find("#problem-errors").isDisplayed());
        String problems = browser.text("#problem-errors");
        assertThat(problems).contains("文件有2处错误，未导入任何数据")
                .contains("单位表第12行：社区编号\"xx\"不存在（G列“驻区社区编号”）")
                .contains("社区表第3行：“社区名称”不能为空（B列）");
        assertThat(browser.find("#start-button").isEnabled()).as("nothing was imported").isFalse();
        browser.screenshot("01-import-errors");

        browser.find("#file-input").sendKeys(goodFile.toString());
        browser.waitFor(d -> browser.text("#problem-summary").contains("4个社区，51个单位"));
        assertThat(browser.find("#problem-errors").isDisplayed()).isFalse();
        assertThat(browser.find("#start-button").isEnabled()).isTrue();
    }

    @Test
    @Order(2)
    void aPlannerSolvesDianjiangReadsEveryViewAdjustsByHandExportsAndResolves() throws Exception {
        load();
        browser.click("#new-plan");
        new Select(browser.find("#dataset-select")).selectByValue("dianjiang");
        browser.waitFor(d -> browser.text("#problem-summary").contains("26个社区，199个单位，2026年联合活动日程"));
        assertThat(browser.findAll("#weights .weight")).hasSize(26);
        assertThat(browser.text("#weights [data-weight=homeCommunity]")).contains("驻区单位未分入所在社区").contains("默认 3000");
        setValue("#time-limit", "8");
        setValue("#unimproved-limit", "8");
        browser.screenshot("02-start");

        browser.click("#start-button");
        browser.waitFor(d -> browser.text("#plan-status").equals("求解中"));
        browser.waitFor(d -> browser.findAll("#chart .score-line").size() == 1
                && browser.findAll("#kpis .kpi").size() == 10 && browser.findAll("article.alliance").size() == 26);
        browser.screenshot("03-solving");
        browser.waitFor(SOLVING, d -> browser.text("#plan-status").equals("已完成"));
        assertThat(browser.text("#plan-score")).startsWith("硬 0 / 中 0 / 软 ");
        assertThat(browser.text("#plan-feasible")).isEqualTo("可行");
        assertThat(browser.text("#kpis [data-kpi=assigned]")).contains("199 / 199");
        assertThat(browser.text("#kpis [data-kpi=membersStdDev]")).contains("成员数标准差").containsPattern("\\d\\.\\d\\d$");
        assertThat(browser.text("#kpis [data-kpi=partyMembersGini]")).contains("基尼系数").containsPattern("0\\.\\d{3}$");
        assertThat(browser.text("#kpis [data-kpi=awayFromHome]")).containsPattern("\\d+$");
        new Select(browser.find("#chart-series")).selectByValue("needsCoveredPercent");
        assertThat(browser.findAll("#chart .score-line")).as("the KPIs polled while solving").hasSize(1);
        new Select(browser.find("#chart-series")).selectByValue("score");

        // The alliances: 26 communities, their members, needs covered and uncovered.
        browser.waitFor(d -> browser.findAll("article.alliance").size() == 26);
        assertThat(browser.findAll("article.alliance tr[data-org]")).hasSize(199);
        assertThat(browser.findAll(".need.covered")).isNotEmpty();
        assertThat(browser.text("article.alliance[data-community=yingchun] header")).contains("迎春社区");
        boolean adoption = status("/api/scopes") == 200;
        assertThat(browser.find("[data-tab=diff]").isDisplayed()).as("compare-and-adopt only with adoption")
                .isEqualTo(adoption);
        browser.screenshot("04-alliances");

        // The map: every community and organization, zoom with the wheel and buttons, pan by dragging.
        browser.click("[data-tab=map]");
        browser.waitFor(d -> browser.findAll("svg.map circle.community").size() == 26);
        assertThat(browser.findAll("svg.map .org")).hasSize(199);
        assertThat(browser.findAll("svg.map .lines line")).hasSize(199);
        WebElement map = browser.find("svg.map");
        String homeView = map.getDomAttribute("viewBox");
        new Actions(browser.driver).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(map), 0, -400).perform();
        browser.waitFor(d -> Double.parseDouble(map.getDomAttribute("data-zoom")) > 1.2);
        browser.click(".zoom-reset");
        browser.click(".zoom-in");
        String zoomed = map.getDomAttribute("viewBox");
        assertThat(zoomed).isNotEqualTo(homeView);
        new Actions(browser.driver).dragAndDropBy(map, 120, 60).perform();
        browser.waitFor(d -> !map.getDomAttribute("viewBox").equals(zoomed));
        browser.click(".zoom-reset");
        browser.script("document.querySelector('svg.map .org').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
        browser.waitFor(d -> browser.find(".selected-org").isDisplayed());
        browser.screenshot("05-map");

        // The calendar: a month grid, filtered by street, an activity's members.
        browser.click("[data-tab=calendar]");
        browser.waitFor(d -> !browser.findAll(".month .activity").isEmpty());
        assertThat(browser.text(".month-label")).isEqualTo("2026年1月");
        assertThat(browser.findAll(".month .tag.holiday")).as("1–3 January are holidays").hasSize(3);
        int county = browser.findAll(".month .activity").size() + moreCount();
        new Select(browser.find(".calendar-street")).selectByValue("桂阳街道");
        browser.waitFor(d -> browser.findAll(".month .activity").size() + moreCount() < county);
        browser.clearDownloads();
        browser.click(".calendar-xlsx");
        Path streetCalendar = browser.download(".xlsx", Duration.ofSeconds(20));
        assertThat(streetCalendar.getFileName().toString()).isEqualTo("桂阳街道联合活动日程.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(Files.readAllBytes(streetCalendar))) {
            assertThat(Workbooks.rows(workbook.getSheet("全年活动"), 2)).hasSize(10 * 19)
                    .allSatisfy(r -> assertThat(r.get(6)).isEqualTo("桂阳街道"));
        }
        browser.click(".month-next");
        browser.waitFor(d -> browser.text(".month-label").equals("2026年2月"));
        browser.click(".month .activity");
        browser.waitFor(d -> browser.find(".activity-detail").isDisplayed());
        assertThat(browser.findAll(".activity-detail .member-list li")).isNotEmpty();
        browser.screenshot("06-calendar");

        // The score analysis: per constraint, matches as sentences.
        browser.click("[data-tab=analysis]");
        browser.waitFor(d -> !browser.findAll("details.constraint").isEmpty());
        browser.find("details.constraint[data-constraint=distance] summary").click();
        browser.waitFor(d -> browser.find("details.constraint[data-constraint=distance] .matches li").isDisplayed());
        assertThat(browser.text("details.constraint[data-constraint=distance] .matches li")).contains("公里");
        browser.screenshot("07-analysis");

        // Pin one organization and move another by hand: the score and KPIs change at once.
        browser.click("[data-tab=alliances]");
        String scoreBefore = browser.text("#plan-score");
        WebElement first = browser.find("article.alliance tr[data-org]");
        String pinned = first.getDomAttribute("data-org");
        String pinnedCommunity = first.findElement(By.xpath("ancestor::article")).getDomAttribute("data-community");
        first.findElement(By.cssSelector("button.pin")).click();
        browser.waitFor(d -> browser.find("#edit-banner").isDisplayed() && !browser.find("#edit-busy").isDisplayed()
                && !browser.findAll("tr[data-org='" + pinned + "'] button.pin.on").isEmpty());
        assertThat(browser.text("tr[data-org='" + pinned + "']")).contains("已锁定");

        // The second member of the largest alliance moves to another alliance (picked in one go: the
        // list is redrawn whenever the changed plan's score comes back).
        @SuppressWarnings("unchecked")
        java.util.Map<String, String> choice = (java.util.Map<String, String>) browser.script("""
                const articles = [...document.querySelectorAll('article.alliance')];
                const size = (a) => a.querySelectorAll('tr[data-org]').length;
                const from = articles.reduce((a, b) => (size(b) > size(a) ? b : a));
                return { moved: from.querySelectorAll('tr[data-org]')[1].dataset.org,
                         target: articles.filter((a) => a !== from).pop().dataset.community };""");
        String moved = choice.get("moved");
        String target = choice.get("target");
        browser.click("tr[data-org='" + moved + "'] button.move");
        new Select(browser.find("tr[data-org='" + moved + "'] select.move-select")).selectByValue(target);
        browser.waitFor(d -> !browser.findAll("article.alliance[data-community='" + target + "'] tr[data-org='" + moved + "']")
                .isEmpty());
        browser.waitFor(d -> browser.text("#edit-text").contains("已手动调整 2 处") && !browser.find("#edit-busy").isDisplayed());
        browser.waitFor(d -> !browser.text("#plan-score").equals(scoreBefore));
        assertThat(browser.text("#edit-was")).contains(scoreBefore);
        assertThat(browser.find("#edit-banner").isDisplayed()).as("the score stays in sight").isTrue();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("08-edited");

        // The changed plan's analysis is the hand-made one.
        browser.click("[data-tab=analysis]");
        browser.waitFor(d -> browser.text("#tab-analysis").contains("手动调整后的方案"));
        browser.click("[data-tab=alliances]");

        // Export the roster of the changed plan and read it back.
        browser.clearDownloads();
        browser.click("#exports summary");
        browser.click("#export-roster");
        Path roster = browser.download(".xlsx", Duration.ofSeconds(20));
        try (XSSFWorkbook workbook = Workbooks.open(Files.readAllBytes(roster))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("总表");
            List<List<String>> rows = Workbooks.rows(workbook.getSheet("总表"), 2);
            assertThat(rows).hasSize(199);
            assertThat(rows).filteredOn(r -> r.get(5).equals(moved)).singleElement()
                    .satisfies(r -> assertThat(r.get(3)).isEqualTo(target));
            assertThat(rows).filteredOn(r -> r.get(5).equals(pinned)).singleElement()
                    .satisfies(r -> assertThat(r.get(12)).isEqualTo("是"));
            assertThat(workbook.getSheet("桂溪街道")).isNotNull();
            assertThat(workbook.getSheet("桂阳街道")).isNotNull();
        }

        // English, and back.
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#app-title").equals("Party-building alliance planner"));
        assertThat(browser.text("[data-tab=alliances]")).isEqualTo("Alliances");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        browser.screenshot("09-english");
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#app-title").equals("城市基层党建联合体规划"));

        // Re-solve from the changed plan, then stop: the pinned organization stays where it was pinned.
        String firstPlan = planIdInAddress();
        browser.click("#resolve-button");
        browser.waitFor(d -> !planIdInAddress().equals(firstPlan));
        String second = planIdInAddress();
        browser.waitFor(SOLVING, d -> List.of("求解中", "已完成").contains(browser.text("#plan-status")));
        if (browser.find("#stop-button").isDisplayed()) {
            try {
                browser.click("#stop-button");
            } catch (ElementNotInteractableException | TimeoutException e) {
                // It finished between the look and the click (the button goes): the next wait accepts 已完成.
            }
        }
        browser.waitFor(SOLVING, d -> List.of("已停止", "已完成").contains(browser.text("#plan-status")));
        assertThat(browser.find("#edit-banner").isDisplayed()).isFalse();
        JsonNode plan = JSON.readTree(bytes("/api/plans/" + second)).get("plan");
        JsonNode organization = null;
        for (JsonNode o : plan.get("organizations")) {
            if (o.get("id").asText().equals(pinned)) {
                organization = o;
            }
        }
        assertThat(organization).isNotNull();
        assertThat(organization.get("pinned").asBoolean()).isTrue();
        assertThat(organization.get("community").asText()).isEqualTo(pinnedCommunity);
    }

    @Test
    @Order(3)
    void everyScriptStyleAndFontComesFromTheServiceItself() {
        load();
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        assertThat(resources).anySatisfy(url -> assertThat(url).endsWith("/js/main.js"))
                .anySatisfy(url -> assertThat(url).endsWith("/css/app.css"));
    }

    private int moreCount() {
        return browser.findAll(".month .more").stream()
                .mapToInt(b -> Integer.parseInt(b.getText().replaceAll("\\D", ""))).sum();
    }

    private void setValue(String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    private String planIdInAddress() {
        String url = browser.driver.getCurrentUrl();
        int at = url.indexOf("#plan=");
        return at < 0 ? "" : url.substring(at + "#plan=".length());
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
