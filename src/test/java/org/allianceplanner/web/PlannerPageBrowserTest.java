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
import org.openqa.selenium.Keys;
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
        browser.signIn(base);
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
        Select datasets = new Select(browser.find("#dataset-select"));
        assertThat(datasets.getOptions()).extracting(WebElement::getText).as("datasets by name, not by id")
                .contains("垫江县（重庆）").doesNotContain("dianjiang");
        datasets.selectByValue("dianjiang");
        browser.waitFor(d -> browser.text("#problem-summary").contains("26个社区，199个单位，2026年联合活动日程"));
        assertThat(browser.findAll("#weights .weight")).hasSize(26)
                .allSatisfy(w -> assertThat(w.findElement(By.cssSelector(".explain")).getDomProperty("textContent"))
                        .as("a one-line explanation").hasSizeGreaterThan(10).doesNotContain("weight.explain"));
        assertThat(browser.text("#weights [data-weight=homeCommunity]")).contains("驻区单位未分入所在社区").contains("默认 3000")
                .contains("3000 相当于多走 3 公里");
        // Each slider fits its constraint: metres of distance a handful, stability in thousands.
        WebElement stability = browser.find("#weights [data-weight=stability] input[type=range]");
        assertThat(Integer.parseInt(stability.getDomAttribute("max"))).isGreaterThanOrEqualTo(10_000);
        assertThat(stability.getDomAttribute("step")).isEqualTo("1000");
        assertThat(Integer.parseInt(browser.find("#weights [data-weight=distance] input[type=range]").getDomAttribute("max")))
                .isLessThanOrEqualTo(10);
        assertThat(Integer.parseInt(browser.find("#weights [data-weight=homeCommunity] input[type=range]")
                .getDomAttribute("max"))).isBetween(6_000, 30_000);
        browser.setValue("#time-limit", "8");
        browser.setValue("#unimproved-limit", "8");
        browser.screenshot("02-start");

        // What the page shows from the first moment of solving, recorded as it changes.
        browser.script("""
                window.shown = [];
                const record = () => window.shown.push({
                    kpis: document.querySelector('#kpis').innerText, score: document.querySelector('#plan-score').innerText,
                    unassigned: document.querySelectorAll('#tab-alliances .unassigned tr[data-org]').length,
                    status: document.querySelector('#plan-status').innerText });
                new MutationObserver(record).observe(document.querySelector('#plan'),
                    { subtree: true, childList: true, characterData: true });""");
        browser.click("#start-button");
        browser.waitFor(d -> browser.text("#plan-status").equals("求解中"));
        browser.waitFor(d -> browser.findAll("#chart .score-line").size() == 1
                && browser.findAll("#kpis .kpi").size() == 10 && browser.findAll("article.alliance").size() == 26);
        browser.screenshot("03-solving");
        browser.waitFor(SOLVING, d -> browser.text("#plan-status").equals("已完成"));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> shown = (List<java.util.Map<String, Object>>) browser.script(
                "return window.shown.filter(s => s.status === '求解中')");
        assertThat(shown).as("the first seconds say the units are being placed")
                .anySatisfy(s -> assertThat((String) s.get("kpis")).contains("正在初始分配…"))
                .anySatisfy(s -> assertThat((String) s.get("score")).isEqualTo("正在初始分配…"))
                .allSatisfy(s -> {
                    assertThat((String) s.get("kpis")).as("never 0 of 199 placed").doesNotContain("0 / 199");
                    assertThat(((Number) s.get("unassigned")).intValue()).as("never a red list of the unplaced").isZero();
                });
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

        // Solving has ended: the page says what to do next, each step a click away.
        String next = browser.text("#next-steps");
        assertThat(next).contains("求解已完成").contains("导出名单、日程和附件").contains("打印领导审阅汇总");
        if (adoption) {
            assertThat(next).contains("与现行方案对比").contains("确定为现行方案");
        }
        if (browser.findAll("#next-steps [data-step=uncovered]").isEmpty()) {
            assertThat(next).contains("每个社区需求都有成员单位对应");
        } else {
            browser.click("#next-steps [data-step=uncovered]");
            browser.waitFor(d -> browser.find("#tab-alliances .only-uncovered").isSelected());
            assertThat(browser.findAll("article.alliance")).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.findElements(By.cssSelector(".need.uncovered"))).isNotEmpty());
            browser.click("#tab-alliances .only-uncovered");
            browser.waitFor(d -> browser.findAll("article.alliance").size() == 26);
        }

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
        mapTests();
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
        browser.clearDownloads();
        browser.click(".calendar-ics");
        Path streetIcs = browser.download(".ics", Duration.ofSeconds(20));
        assertThat(streetIcs.getFileName().toString()).as("named like the workbook").isEqualTo("桂阳街道联合活动日程.ics");
        assertThat(Files.readAllLines(streetIcs)).filteredOn(line -> line.startsWith("CATEGORIES"))
                .hasSize(10 * 19).allSatisfy(line -> assertThat(line).matches("CATEGORIES:联合\\p{IsHan}+"));
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
        assertThat(browser.text("details.constraint[data-constraint=distance] summary")).as("no code names")
                .contains("单位到社区的距离").doesNotContain("distance");
        browser.screenshot("07-analysis");

        // A sentence names a unit that the alliances' filters hide: following it clears them.
        String named = browser.find("details.constraint[data-constraint=distance] .matches li.clickable")
                .getDomAttribute("data-org");
        String namedStreet = streetOf(planIdInAddress(), named);
        browser.click("[data-tab=alliances]");
        new Select(browser.find(".street-filter")).selectByValue(namedStreet.equals("桂阳街道") ? "桂溪街道" : "桂阳街道");
        browser.setValue("#tab-alliances .search", "无此单位");
        browser.waitFor(d -> browser.findAll("tr[data-org='" + named + "']").isEmpty());
        browser.click("[data-tab=analysis]");
        browser.click("details.constraint[data-constraint=distance] .matches li.clickable[data-org='" + named + "']");
        browser.waitFor(d -> browser.find("tr[data-org='" + named + "']").isDisplayed());
        assertThat(browser.find("tr[data-org='" + named + "']").getDomAttribute("class")).contains("flash");
        assertThat(browser.find("#tab-alliances .search").getDomProperty("value")).isEmpty();
        assertThat(browser.find(".street-filter").getDomProperty("value")).isEmpty();
        assertThat(browser.text("#toast")).contains("已清除");
        browser.waitFor(d -> browser.findAll("article.alliance").size() == 26);

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
            assertThat(rows).filteredOn(r -> r.get(12).equals(moved)).singleElement()
                    .satisfies(r -> assertThat(r.get(11)).isEqualTo(target));
            assertThat(rows).filteredOn(r -> r.get(12).equals(pinned)).singleElement()
                    .satisfies(r -> assertThat(r.get(10)).isEqualTo("是"));
            assertThat(workbook.getSheet("桂溪街道")).isNotNull();
            assertThat(workbook.getSheet("桂阳街道")).isNotNull();
        }

        // Every view in Chinese shows no code names; in English, no Chinese labels, only names.
        assertThat(browser.strayTexts()).as("code names in Chinese mode").isEmpty();
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#app-title").equals("Party-building alliance planner"));
        assertThat(browser.text("[data-tab=alliances]")).isEqualTo("Alliances");
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.strayTexts()).as("Chinese labels in English mode").isEmpty();
        browser.screenshot("09-english");
        browser.click("#lang-switch");
        browser.waitFor(d -> browser.text("#app-title").equals("城市基层党建联合体规划"));

        // Re-solve from the changed plan with its own time limits, shown in the banner and changed there,
        // then stop: the pinned organization stays where it was pinned.
        String firstPlan = planIdInAddress();
        assertThat(browser.find("#resolve-time-limit").getDomProperty("value")).as("the plan's own limit").isEqualTo("8");
        assertThat(browser.find("#resolve-unimproved-limit").getDomProperty("value")).isEqualTo("8");
        browser.script("document.getElementById('time-limit').value = '30'"); // the start form's, hidden
        browser.setValue("#resolve-time-limit", "5");
        browser.setValue("#resolve-unimproved-limit", "4");
        browser.click("#resolve-button");
        browser.waitFor(d -> !planIdInAddress().equals(firstPlan));
        String second = planIdInAddress();
        JsonNode secondStatus = JSON.readTree(bytes("/api/plans/" + second + "/status"));
        assertThat(secondStatus.get("timeLimitSeconds").asLong()).as("the banner's limit, not the form's").isEqualTo(5);
        assertThat(secondStatus.get("unimprovedTimeLimitSeconds").asLong()).isEqualTo(4);
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

    /**
     * The map: an alliance's colour each, a community shows its alliance and members, a search
     * centres a unit and names appear, and a click where markers overlap picks the nearest.
     */
    private void mapTests() {
        @SuppressWarnings("unchecked")
        List<String> fills = (List<String>) browser.script(
                "return [...document.querySelectorAll('svg.map circle.community')].map(c => c.getAttribute('fill'))");
        assertThat(fills).as("a colour per alliance").hasSize(26).doesNotHaveDuplicates();
        assertThat(browser.find("svg.map .org").getDomAttribute("stroke")).as("a unit in its alliance's colour").isIn(fills);

        clickMapAt("svg.map circle.community[data-community=yingchun]");
        browser.waitFor(d -> browser.text(".selected-community h4").equals("迎春社区联合体"));
        int members = ((Number) browser.script("return [...document.querySelectorAll('svg.map .org')]"
                + ".filter(o => document.querySelector(`svg.map line[data-org='${o.dataset.org}']`)?.classList.contains('selected'))"
                + ".length")).intValue();
        assertThat(browser.findAll(".selected-community .member-list li")).hasSize(members).isNotEmpty();
        assertThat(browser.text(".selected-community")).contains("桂溪街道").contains(members + "个成员单位");

        assertThat(browser.find("svg.map text.org-label").isDisplayed()).as("no unit names at the town's scale").isFalse();
        String unit = browser.find(".selected-community .member-list li button").getText();
        browser.find(".map-search").sendKeys(unit, Keys.ENTER);
        browser.waitFor(d -> browser.findAll(".selected-org h4").stream().anyMatch(h -> h.getText().equals(unit)));
        assertThat(Double.parseDouble(browser.find("svg.map").getDomAttribute("data-zoom"))).isGreaterThanOrEqualTo(2.5);
        browser.waitFor(d -> browser.findAll("svg.map text.org-label").stream().anyMatch(WebElement::isDisplayed));
        browser.screenshot("05-map-zoomed");
        browser.click(".zoom-reset");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find("svg.map"));

        // Two markers that overlap on the screen: a click inside both, where the one drawn later covers
        // the other but the covered one's centre is the nearest of all, picks the covered one.
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> pair = (java.util.Map<String, Object>) browser.script("""
                const marks = [...document.querySelectorAll('svg.map .org, svg.map circle.community')].map((el) => {
                  const b = el.getBoundingClientRect();
                  return { el, x: b.x + b.width / 2, y: b.y + b.height / 2, r: b.width / 2 };
                });
                const key = (m) => m.el.dataset.org ? '.selected-org[data-org="' + m.el.dataset.org + '"]'
                    : '.selected-community[data-community="' + m.el.dataset.community + '"]';
                for (const a of marks) for (const b of marks) {
                  const d = Math.hypot(a.x - b.x, a.y - b.y);
                  if (a === b || d < 2 || d > Math.min(a.r, b.r) * 1.5) continue;
                  const x = Math.round(a.x + (b.x - a.x) * 0.4);
                  const y = Math.round(a.y + (b.y - a.y) * 0.4);
                  const toA = Math.hypot(a.x - x, a.y - y);
                  const others = marks.filter((m) => m !== a).map((m) => Math.hypot(m.x - x, m.y - y));
                  if (document.elementFromPoint(x, y) === b.el && others.every((o) => o > toA + 1)) {
                    return { nearer: key(a), x, y };
                  }
                }
                return null;""");
        assertThat(pair).as("Dianjiang has markers that overlap at the town's scale").isNotNull();
        new Actions(browser.driver).moveToLocation(((Number) pair.get("x")).intValue(), ((Number) pair.get("y")).intValue())
                .click().perform();
        browser.waitFor(d -> !browser.findAll((String) pair.get("nearer")).isEmpty());
    }

    /** Clicks the map where one of its elements is drawn, as a pointer would. */
    private void clickMapAt(String css) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find("svg.map"));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> at = (java.util.Map<String, Number>) browser.script(
                "const b = document.querySelector(arguments[0]).getBoundingClientRect();"
                        + "return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };", css);
        new Actions(browser.driver).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
    }

    /** The street of the community an organization is in, in a plan as the service answers it. */
    private String streetOf(String planId, String organization) throws IOException, InterruptedException {
        JsonNode plan = JSON.readTree(bytes("/api/plans/" + planId)).get("plan");
        String community = null;
        for (JsonNode o : plan.get("organizations")) {
            if (o.get("id").asText().equals(organization)) {
                community = o.path("community").asText();
            }
        }
        for (JsonNode c : plan.get("communities")) {
            if (c.get("id").asText().equals(community)) {
                return c.path("street").asText();
            }
        }
        return "";
    }

    private int moreCount() {
        return browser.findAll(".month .more").stream()
                .mapToInt(b -> Integer.parseInt(b.getText().replaceAll("\\D", ""))).sum();
    }

    private String planIdInAddress() {
        String url = browser.driver.getCurrentUrl();
        int at = url.indexOf("#plan=");
        return at < 0 ? "" : url.substring(at + "#plan=".length());
    }

    private int status(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
