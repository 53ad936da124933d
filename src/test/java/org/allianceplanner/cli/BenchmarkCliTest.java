package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** benchmark baseline and benchmark algorithms as a user runs them, on the smallest committed dataset. */
class BenchmarkCliTest {

    private static final String JINTANG = "datasets/jintang-zhaozhen.json";

    @RegisterExtension
    final ConsoleCapture terminal = new ConsoleCapture();

    private String console() {
        return terminal.out();
    }

    private String errors() {
        return terminal.err();
    }

    @Test
    void listsTimesTheMatchingPerSeed() {
        int exit = Cli.run("benchmark", "lists", "--seeds", "7", "--time", "2s");

        assertThat(exit).as(errors()).isZero();
        assertThat(console()).contains("292 needs, 353 resources, 149 projects; 143 open")
                .contains("own alliance").contains("中位 median").contains("over 1 seeds");
    }

    @Test
    void baselinePrintsTheTableAndWritesCsvAndMarkdown(@TempDir Path dir) throws IOException {
        int exit = Cli.run("benchmark", "baseline", "--time", "1s", "--out-dir", dir.toString(), JINTANG);

        assertThat(exit).as(errors()).isZero();
        assertThat(console()).contains("== jintang-zhaozhen —").contains("手工基线 Greedy").contains("求解器 Solver")
                .contains("差异 Difference").contains("平均距离(公里)").contains("Mean distance (km)")
                .contains("Needs covered").contains("Unassigned organizations").contains("Hard score")
                .contains("Feasible").contains("已写入 Written:");

        byte[] bytes = Files.readAllBytes(dir.resolve("baseline.csv"));
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 byte order mark")
                .isEqualTo("\u00EF\u00BB\u00BF");
        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(dir.resolve("baseline.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            assertThat(parser.getHeaderNames()).containsExactly("\uFEFF数据集 Dataset", "指标", "Metric",
                    "手工基线 Greedy", "求解器 Solver", "差异 Difference");
            records = parser.getRecords();
        }
        assertThat(records).hasSize(12).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("jintang-zhaozhen"));
        CSVRecord mean = records.get(0);
        assertThat(mean.get("Metric")).isEqualTo("Mean distance (km)");
        double greedyKm = Double.parseDouble(mean.get("手工基线 Greedy"));
        double solverKm = Double.parseDouble(mean.get("求解器 Solver"));
        assertThat(greedyKm).isPositive();
        assertThat(solverKm).isPositive();
        assertThat(mean.get("差异 Difference")).matches("[+-]?\\d+\\.\\d%");
        // The greedy figures do not depend on the machine: jintang's communities have room for all, and
        // every activity has candidate dates. (After 1 s the solver may still be constructing.)
        assertThat(metric(records, "Unassigned organizations").get("手工基线 Greedy")).isEqualTo("0");
        assertThat(metric(records, "Activities without a date").get("手工基线 Greedy")).isEqualTo("0");
        assertThat(metric(records, "Feasible").get("手工基线 Greedy")).isIn("是 yes", "否 no");

        String markdown = Files.readString(dir.resolve("baseline.md"), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# 手工基线与求解器对比 / Greedy baseline vs solver")
                .contains("## jintang-zhaozhen — ").contains("| 指标 | Metric | 手工基线 Greedy | 求解器 Solver | 差异 Difference |")
                .contains("| 平均距离(公里) | Mean distance (km) | ");
    }

    private static CSVRecord metric(List<CSVRecord> records, String metric) {
        return records.stream().filter(r -> r.get("Metric").equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void gapRunsEachSeedAgainstTheBoundAndWritesTheTable(@TempDir Path dir) throws IOException {
        int exit = Cli.run("benchmark", "gap", "--times", "1s", "--seeds", "2", "--bound-time", "5s",
                "--out-dir", dir.toString(), JINTANG);

        assertThat(exit).isZero();
        java.util.List<String> runs = Files.readAllLines(dir.resolve("gap-runs.csv"));
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).isEqualTo(
                "dataset,timeLimitSeconds,seed,allocationSoft,bound,gapPercent,score,calendarSoft,calendarOptimum");
        assertThat(runs.get(1)).contains(",1,0,");
        assertThat(runs.get(2)).contains(",1,1,");
        assertThat(Files.readString(dir.resolve("gap.md"))).contains("| 1 s | ")
                .contains("| calendar optimum | calendar part median | calendar part worst |");
        for (String run : runs.subList(1, 3)) {
            String[] field = run.split(",");
            long allocation = Long.parseLong(field[3]);
            long bound = Long.parseLong(field[4]);
            long calendar = Long.parseLong(field[7]);
            // No plan is below the bound, the gap is the row's own (rounded up to a tenth: "at most"), and the
            // two parts add up to the score.
            assertThat(allocation).isLessThanOrEqualTo(bound);
            long cost = -allocation;
            long floor = -bound;
            assertThat(Double.parseDouble(field[5])).isEqualTo(Math.ceil(1000.0 * (cost - floor) / floor) / 10.0);
            assertThat(field[6]).isEqualTo("0hard/0medium/" + (allocation + calendar) + "soft");
            // Jintang's calendar can keep every rule: its optimum is 0 (how near a 1-s run gets depends on the machine).
            assertThat(calendar).isNotPositive();
            assertThat(field[8]).isEqualTo("0");
        }
    }

    @Test
    void gapOfAProblemWithoutACalendarCountsNoCalendarPart(@TempDir Path dir) throws IOException {
        Path problem = dir.resolve("no-calendar.json");
        Files.writeString(problem, org.allianceplanner.testing.SmallCounty.problem("gap").toString());

        int exit = Cli.run("benchmark", "gap", "--times", "1s", "--seeds", "1", "--bound-time", "5s",
                "--out-dir", dir.toString(), problem.toString());

        assertThat(exit).as(errors()).isZero();
        java.util.List<String> runs = Files.readAllLines(dir.resolve("gap-runs.csv"));
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).endsWith(",0,0");
    }

    @Test
    void algorithmsWritesTheReportAndNamesEachConfiguration(@TempDir Path dir) {
        int exit = Cli.run("benchmark", "algorithms", "--time", "1s", "--warm-up", "0s",
                "--algorithms", "LATE_ACCEPTANCE,tabu_search", "--out-dir", dir.toString(), JINTANG);

        assertThat(exit).as(errors()).isZero();
        String console = console();
        assertThat(console).contains("2 个配置 configurations × 1 个数据集 datasets").contains("最优得分 Best score")
                .contains("胜出 Winner jintang-zhaozhen: ").contains("报告 Report: ");
        String summary = console.substring(console.indexOf("最优得分 Best score"));
        // After 1 s on a cold JVM a configuration may still be constructing: its score then starts with init.
        String score = " +(-\\d+init/)?-?\\d+hard/-?\\d+medium/-?\\d+soft";
        assertThat(summary).containsPattern("LATE_ACCEPTANCE" + score).containsPattern("TABU_SEARCH" + score)
                .doesNotContain("SIMULATED_ANNEALING").doesNotContain("失败 failed");
        assertThat(summary).containsPattern("胜出 Winner +(LATE_ACCEPTANCE|TABU_SEARCH)");
        String report = console.substring(console.indexOf("报告 Report: ") + "报告 Report: ".length()).strip();
        Path index = Path.of(report);
        assertThat(index).exists().hasFileName("index.html").startsWith(dir.toAbsolutePath());
        assertThat(index.getParent().resolve("jintang-zhaozhen")).isDirectory();
    }

    @Test
    void explainTimesOneUnitTheNeedCandidatesAndEveryUnit() {
        int exit = Cli.run("benchmark", "explain", "--solve", "1s", "--repeat", "2", "--report-repeat", "1",
                "--warmup", "0", JINTANG);
        assertThat(exit).as(errors()).isZero();
        assertThat(console()).contains("One unit's alternatives, opened afresh (limit 5), 2 runs: 中位数 median")
                .contains("One unit's alternatives, plan kept open (limit 5), 2 runs")
                .contains("Need candidates, 1 runs").contains("Every unit (report), plan kept open, 1 runs").contains("Every unit (report), opened afresh, 1 runs").contains("负载 load");
    }

    @Test
    void anUnknownDatasetOrAlgorithmIsAUsageErrorThatSaysSo(@TempDir Path dir) {
        assertThat(Cli.run("benchmark", "baseline", "--time", "1s", "--out-dir", dir.toString(), "atlantis"))
                .isEqualTo(2);
        assertThat(Cli.run("benchmark", "algorithms", "--time", "1s", "--algorithms", "LATE_ACCEPTANCE,HILL_CLIMB",
                "--out-dir", dir.toString(), JINTANG)).isEqualTo(2);
        assertThat(Cli.run("benchmark", "algorithms", "--time", "1s", "--out-dir", dir.toString(), JINTANG,
                "nowhere.json")).isEqualTo(2);
        assertThat(errors()).contains("no such file and no such dataset: atlantis")
                .contains("unknown algorithm \"HILL_CLIMB\"; known: SERVICE_DEFAULT, LATE_ACCEPTANCE")
                .contains("no such file and no such dataset: nowhere.json")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir).isEmptyDirectory();
    }
}
