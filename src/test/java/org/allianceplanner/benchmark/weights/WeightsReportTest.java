package org.allianceplanner.benchmark.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.allianceplanner.solver.PlanKpis;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV, HTML and console forms of a fixed comparison of two profiles, read back with real parsers. */
class WeightsReportTest {

    private static final WeightProfile DEFAULTS = new WeightProfile("balanced-default", "默认均衡", "Balanced",
            "目录默认权重 catalogue defaults", Map.of());
    /** Text that needs quoting in CSV and escaping in HTML. */
    private static final WeightProfile LOCALITY = new WeightProfile("locality-first", "属地优先",
            "Locality, \"first\"", "<script>alert('x')</script> & <b>bold</b>",
            Map.of("distance", 3L, "homeCommunity", 9000L));

    private static final ProfileResult DEFAULT_RESULT = new ProfileResult(DEFAULTS, "0hard/0medium/-412345soft", true,
            Duration.ofMillis(1500), Duration.ofSeconds(30),
            new PlanKpis(199, 199, 0, 0.62, 3.1, 97.4, 5, 7.65, 9, 12, 1.02, 0.153, 20, -345_309L));
    private static final ProfileResult LOCALITY_RESULT = new ProfileResult(LOCALITY, "0hard/-1medium/-812345soft", false,
            null, Duration.ofSeconds(30),
            new PlanKpis(199, 198, 1, 0.41, 2.5, 91.25, 3, 7.62, 12, 30, 2.5, 0.2, 4, -400_000L));

    private static WeightsComparison comparison(String current) {
        return new WeightsComparison("datasets/dianjiang.json", 26, 199, Duration.ofSeconds(30),
                OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)), 2, current, current == null ? 0 : 199,
                List.of(DEFAULT_RESULT, LOCALITY_RESULT));
    }

    @Test
    void csvHasABomABilingualHeaderAndOneQuotedRowPerProfile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/w.csv");

        WeightsCsv.write(comparison("plan.json"), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).contains("权重方案 profile", "平均距离 mean distance (km)",
                    "需求覆盖率(按优先级加权) needs covered (weighted) (%)", "党员人数基尼系数 party-member Gini",
                    "驻区单位未入本社区 away from home", "调离现有社区 moved vs current",
                    "达到可行用时 time to feasible (s)", "最少成员数 min members", "最多成员数 max members");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord first = rows.get(0);
            assertThat(first.get("权重方案 profile")).isEqualTo("balanced-default");
            assertThat(first.get("可行 feasible")).isEqualTo("是 yes");
            assertThat(first.get("达到可行用时 time to feasible (s)")).isEqualTo("1.5");
            assertThat(first.get("平均距离 mean distance (km)")).isEqualTo("0.62");
            assertThat(first.get("成员数标准差 members std dev")).isEqualTo("1.02");
            assertThat(first.get("党员人数基尼系数 party-member Gini")).isEqualTo("0.153");
            assertThat(first.get("调离现有社区 moved vs current")).isEqualTo("12");
            CSVRecord second = rows.get(1);
            assertThat(second.get("名称 title")).isEqualTo("属地优先 Locality, \"first\"");
            assertThat(second.get("得分(不可跨方案比较) score (not comparable across profiles)"))
                    .isEqualTo("0hard/-1medium/-812345soft");
            assertThat(second.get("可行 feasible")).isEqualTo("否 no");
            assertThat(second.get("达到可行用时 time to feasible (s)")).isEmpty();
            assertThat(second.get("需求覆盖率(按优先级加权) needs covered (weighted) (%)")).isEqualTo("91.3");
            assertThat(second.get("未分配 unassigned")).isEqualTo("1");
            assertThat(second.get("驻区单位未入本社区 away from home")).isEqualTo("4");
        }
    }

    @Test
    void withoutACurrentPlanMovedIsEmptyNotZero() throws IOException {
        StringBuilder csv = new StringBuilder();
        WeightsCsv.write(comparison(null), csv);
        try (CSVParser parser = CSVParser.parse(csv.substring(1),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getRecords()).extracting(r -> r.get("调离现有社区 moved vs current")).containsExactly("", "");
        }
    }

    @Test
    void htmlIsSelfContainedWithATableRowPerProfileAndAChartPerKpi(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("w.html");

        WeightsHtml.write(comparison("plan.json"), file);

        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.select("script")).as("no script at all").isEmpty();
        assertThat(page.select("link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src], [href]")).noneMatch(e -> e.attr("src").matches("(?i)(https?:)?//.*")
                || e.attr("href").matches("(?i)(https?:)?//.*"));
        assertThat(page.select("style").html()).doesNotContain("@import").doesNotContain("url(");

        List<Element> rows = page.select("#kpi-table tbody tr");
        assertThat(rows).extracting(r -> r.attr("data-profile")).containsExactly("balanced-default", "locality-first");
        assertThat(rows.get(0).select("td").eachText()).startsWith("balanced-default", "默认均衡 Balanced",
                "0hard/0medium/-412345soft", "是 yes", "1.5", "0.62", "3.10", "97.4", "1.02", "5", "9", "0.153", "0",
                "20", "12");
        assertThat(rows.get(1).select("td").eachText()).contains("否 no", "–", "0.41", "2.50");
        assertThat(page.select("#kpi-table thead th").eachText()).contains("平均距离 mean distance (km)",
                "党员人数基尼系数 party-member Gini");

        // One chart per compared KPI, each an inline SVG with a bar per profile; the best in green.
        assertThat(page.select("figure.chart svg")).hasSize(9);
        Element distance = page.selectFirst("figure.chart[data-kpi=MEAN_DISTANCE]");
        assertThat(distance.select("figcaption").text()).contains("平均距离").contains("mean distance")
                .contains("越低越好 lower is better");
        assertThat(distance.select("rect.bar")).hasSize(2);
        assertThat(distance.select("rect.bar.best")).hasSize(1);
        assertThat(distance.select("svg text").eachText()).contains("locality-first", "0.62 km");
        // Beside each value, the difference from balanced-default, green when better.
        assertThat(distance.select("svg text").get(3).ownText()).isEqualTo("0.41 km");
        assertThat(distance.select("tspan.delta").eachText()).containsExactly("−0.21");
        assertThat(distance.select("tspan.delta").hasClass("better")).isTrue();
        Element gini = page.selectFirst("figure.chart[data-kpi=PARTY_MEMBERS_GINI]");
        assertThat(gini.select("tspan.delta.worse").eachText()).containsExactly("+0.047");
        double defaultBar = Double.parseDouble(distance.select("rect.bar").get(0).attr("width"));
        double localityBar = Double.parseDouble(distance.select("rect.bar").get(1).attr("width"));
        assertThat(localityBar).isLessThan(defaultBar);
        Element needs = page.selectFirst("figure.chart[data-kpi=NEEDS_COVERED]");
        assertThat(needs.select("figcaption").text()).contains("越高越好 higher is better");
        assertThat(needs.select("rect.bar").get(0).hasClass("best")).isTrue();
        assertThat(page.selectFirst("figure.chart[data-kpi=UNASSIGNED]").select("rect.bar.best")).hasSize(1);

        // Text from a profile is shown as text, never as markup.
        assertThat(page.select("#profiles b")).isEmpty();
        assertThat(page.select("#profiles").text()).contains("<script>alert('x')</script> & <b>bold</b>")
                .contains("distance 1→3, homeCommunity 3000→9000").contains("（默认 defaults）");
        assertThat(page.select("#parameters").text()).contains("datasets/dianjiang.json").contains("26 个社区")
                .contains("30 s").contains("2026-03-01 09:30:00 +08:00").contains("处理器核数 machine cores 2")
                .contains("plan.json");
    }

    @Test
    void htmlWithoutACurrentPlanHasNoMovedChartAndSaysWhy() {
        Document page = Jsoup.parse(WeightsHtml.render(comparison(null)));

        assertThat(page.select("figure.chart[data-kpi=MOVED_FROM_CURRENT]")).isEmpty();
        assertThat(page.select("figure.chart svg")).hasSize(8);
        assertThat(page.select("#parameters").text()).contains("moved vs current not measured");
    }

    @Test
    void profilesShownAlikeCompareAlike() {
        ProfileResult a = new ProfileResult(DEFAULTS, "s", true, Duration.ofMillis(127), Duration.ofSeconds(1),
                DEFAULT_RESULT.kpis());
        ProfileResult b = new ProfileResult(LOCALITY, "s", true, Duration.ofMillis(98), Duration.ofSeconds(1),
                LOCALITY_RESULT.kpis());
        WeightsComparison c = new WeightsComparison("d", 1, 1, Duration.ofSeconds(1), OffsetDateTime.now(), 1, null, 0,
                List.of(a, b));

        assertThat(WeightsColumn.TIME_TO_FEASIBLE.number(a, c)).isEqualTo(0.1);
        assertThat(WeightsColumn.TIME_TO_FEASIBLE.number(b, c)).isEqualTo(0.1);
        assertThat(Jsoup.parse(WeightsHtml.render(c)).select("figure.chart[data-kpi=TIME_TO_FEASIBLE] rect.best")).isEmpty();
    }

    @Test
    void equalValuesMarkNoBest() {
        assertThat(WeightsHtml.best(List.of(0.0, 0.0), WeightsColumn.Better.LOWER)).isNull();
        assertThat(WeightsHtml.best(java.util.Arrays.asList(2.0, null, 1.0), WeightsColumn.Better.LOWER)).isEqualTo(1.0);
        assertThat(WeightsHtml.best(List.of(2.0, 3.0), WeightsColumn.Better.HIGHER)).isEqualTo(3.0);
    }

    @Test
    void theConsoleTableHasARowPerProfileAlignedByDisplayWidth() {
        StringWriter text = new StringWriter();

        WeightsTable.print(comparison(null), new PrintWriter(text));

        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("方案").contains("平均距离").contains("党员基尼");
        assertThat(lines.get(1)).startsWith("profile").contains("mean km").contains("Gini");
        assertThat(lines.get(2)).startsWith("balanced-default").contains("0hard/0medium/-412345soft").contains("0.62");
        assertThat(lines.get(3)).startsWith("locality-first").contains("0.41").contains("否 no");
        // Columns line up: the mean-distance values end where the header above them ends.
        int end = WeightsTable.width(lines.get(1).substring(0, lines.get(1).indexOf("mean km") + "mean km".length()));
        int valueEnd = WeightsTable.width(lines.get(2).substring(0, lines.get(2).indexOf("0.62") + 4));
        assertThat(valueEnd).isEqualTo(end);
        assertThat(text.toString()).contains("not comparable across profiles").contains("moved vs current not measured");
    }
}
