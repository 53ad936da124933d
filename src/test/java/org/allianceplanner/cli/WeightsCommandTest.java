package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.io.PlanWriter;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Organization;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmark weights} as an analyst runs it: two profiles on the small Jintang dataset, and bad input. */
class WeightsCommandTest {

    private static final String DATASET = "datasets/jintang-zhaozhen.json";
    private static final String DEFAULTS = "benchmark/weights/balanced-default.json";
    private static final String STABILITY = "benchmark/weights/stability-first.json";

    @RegisterExtension
    final ConsoleCapture terminal = new ConsoleCapture();

    @Test
    void comparesTwoProfilesAgainstACurrentPlanAndWritesCsvAndHtml(@TempDir Path dir) throws IOException {
        Path current = nearestCommunityPlan(dir.resolve("current.json"));
        Path outDir = dir.resolve("report");

        int exit = Cli.run("benchmark", "weights", "--dataset", DATASET, "--time", "1s", "--current", current.toString(),
                "--out-dir", outDir.toString(), DEFAULTS, STABILITY);

        String console = terminal.out();
        assertThat(exit).as(console + terminal.err()).isZero();
        assertThat(console).contains("4 个社区 communities, 51 个单位 organizations")
                .contains("51 / 51 个单位有现所在社区").contains("[1/2] balanced-default").contains("[2/2] stability-first")
                .contains("not comparable across profiles");
        Path csv = outDir.resolve("jintang-zhaozhen-weights.csv");
        Path html = outDir.resolve("jintang-zhaozhen-weights.html");
        assertThat(csv).isRegularFile();
        assertThat(html).isRegularFile();

        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(csv).substring(1)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("权重方案 profile")).containsExactly("balanced-default", "stability-first");
        // One second is about what this dataset needs to become feasible (calendar included) on a busy
        // machine, so feasibility is not asserted; the KPIs are there and in range either way.
        for (CSVRecord row : rows) {
            assertThat(row.get("可行 feasible")).isIn("是 yes", "否 no");
            assertThat(Integer.parseInt(row.get("未分配 unassigned"))).isBetween(0, 51);
            assertThat(Double.parseDouble(row.get("平均距离 mean distance (km)"))).isNotNegative();
            assertThat(Double.parseDouble(row.get("需求覆盖率(按优先级加权) needs covered (weighted) (%)"))).isBetween(0.0, 100.0);
            assertThat(Double.parseDouble(row.get("党员人数基尼系数 party-member Gini"))).isBetween(0.0, 1.0);
        }
        // The current plan reached the solver: moving costs 10 km each under stability-first.
        int movedDefault = Integer.parseInt(rows.get(0).get("调离现有社区 moved vs current"));
        int movedStable = Integer.parseInt(rows.get(1).get("调离现有社区 moved vs current"));
        assertThat(movedStable).isLessThanOrEqualTo(movedDefault);

        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("#kpi-table tbody tr")).extracting(r -> r.attr("data-profile"))
                .containsExactly("balanced-default", "stability-first");
        assertThat(page.select("figure.chart svg")).hasSize(9);
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void aProfileWithAnUnknownConstraintExitsNonZeroBeforeSolving(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("typo.json");
        Files.writeString(bad, "{\"name\": \"typo\", \"weights\": {\"distanse\": 3}}");

        int exit = Cli.run("benchmark", "weights", "--dataset", DATASET, "--time", "1s", "--out-dir",
                dir.resolve("report").toString(), DEFAULTS, bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(terminal.err()).contains(bad.toString()).contains("weights.distanse")
                .contains("unknown constraint \"distanse\"").doesNotContain("Exception");
        assertThat(terminal.out()).doesNotContain("solving");
        assertThat(dir.resolve("report")).doesNotExist();
    }

    @Test
    void anUnknownDatasetOrAForeignCurrentPlanIsAnErrorNotAStackTrace(@TempDir Path dir) throws IOException {
        assertThat(Cli.run("benchmark", "weights", "--dataset", dir.resolve("nowhere.json").toString(), DEFAULTS))
                .isNotZero();
        assertThat(terminal.err()).contains("no such file and no such dataset");

        Path foreign = dir.resolve("foreign.json");
        Files.write(foreign, Files.readAllBytes(Path.of("datasets/hejiang.json")));
        assertThat(Cli.run("benchmark", "weights", "--dataset", DATASET, "--current", foreign.toString(), DEFAULTS))
                .isEqualTo(1);
        assertThat(terminal.err()).contains("the current plan places none of this problem's")
                .doesNotContain("\tat ");
    }

    /** A plausible plan in force: every organization in its nearest community. */
    private static Path nearestCommunityPlan(Path file) throws IOException {
        AlliancePlan plan = PlanMapper.read(Files.readAllBytes(Path.of(DATASET)));
        for (Organization o : plan.getOrganizations()) {
            o.setCommunity(plan.getCommunities().stream()
                    .min(Comparator.comparingInt(o::distanceMetresTo)).orElseThrow());
        }
        PlanWriter.write(PlanMapper.toDocument(plan), file);
        return file;
    }
}
