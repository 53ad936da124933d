package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.datasets.CountyShapes;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The generate and benchmark convergence commands, run as a user runs them. */
class ConvergenceAndGenerateTest {

    @RegisterExtension
    final ConsoleCapture terminal = new ConsoleCapture();

    @Test
    void generatesTheSameDatasetAsTheCommittedFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hejiang.json");

        int exit = Cli.run("generate", "hejiang", "--out", file.toString());

        assertThat(exit).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(Path.of("datasets/hejiang.json")));
        assertThat(terminal.out()).contains("13 个社区 communities");
    }

    @Test
    void generatesACityThatReadsBackAsAValidProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("city.json");

        assertThat(Cli.run("generate", "city", "--seed", "5", "--out", file.toString())).isZero();

        AlliancePlan city = PlanMapper.read(Files.readAllBytes(file));
        assertThat(city.getOrganizations()).hasSize(2_000);
        assertThat(city.getCommunities()).hasSize(300);
        assertThat(Files.readAllBytes(file)).isEqualTo(Datasets.toJson(Datasets.generate(Datasets.CITY, 5)));
    }

    @Test
    void generatesACountyOfAnotherShape(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("river-city.json");

        assertThat(Cli.run("generate", "river-city", "--out", file.toString())).isZero();

        AlliancePlan river = PlanMapper.read(Files.readAllBytes(file));
        assertThat(river.getName()).startsWith("江城");
        assertThat(Files.readAllBytes(file)).isEqualTo(Datasets.toJson(
                CountyShapes.generate(CountyShapes.RIVER_CITY, Datasets.COMMITTED_SEED)));
    }

    @Test
    void anUnknownDatasetIsAUsageErrorWithTheKnownNames(@TempDir Path dir) {
        int exit = Cli.run("generate", "chongqing", "--out", dir.resolve("x.json").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(terminal.err()).contains("unknown dataset \"chongqing\"")
                .contains("dianjiang, jintang-zhaozhen, hejiang, city, province, river-city, over-constrained");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void convergenceReportsFeasibilityCheckpointsSpeedAndCosts(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.csv");

        int exit = Cli.run("benchmark", "convergence", "datasets/jintang-zhaozhen.json", "--time", "2s",
                "--checkpoints", "1s,2s,30s", "--trace", trace.toString());

        assertThat(exit).isZero();
        String console = terminal.out();
        assertThat(console).contains("4 个社区 communities, 51 个单位 organizations, 76 项活动 activities")
                .containsPattern("首个可行方案 First feasible: \\d+\\.\\ds")
                .containsPattern("Score calculation speed: [\\d,]+ /s")
                .containsPattern("\\n\\s+1\\.0s\\s+\\S+")
                .contains("(final)")
                .contains("约束代价 Constraint costs")
                // A checkpoint after the run's end is left out rather than shown as the final score.
                .doesNotContain("30.0s");
        List<String> lines = Files.readAllLines(trace);
        assertThat(lines.get(0)).isEqualTo("elapsed_ms,init,hard,medium,soft");
        assertThat(lines).hasSizeGreaterThan(2);
        // The last improvement is the final score's soft part, and improvements only get better.
        long[] soft = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[4])).toArray();
        assertThat(console).contains(soft[soft.length - 1] + "soft");
    }

    @Test
    void convergenceOfAMissingFileIsAUsageError() {
        int exit = Cli.run("benchmark", "convergence", "no/such/file.json", "--time", "1s");

        assertThat(exit).isEqualTo(2);
        assertThat(terminal.err()).contains("no such file and no such dataset: no/such/file.json");
    }

    @Test
    void aBadDurationIsAUsageError() {
        int exit = Cli.run("benchmark", "convergence", "datasets/jintang-zhaozhen.json", "--time", "soon");

        assertThat(exit).isEqualTo(2);
        assertThat(terminal.err()).contains("\"soon\" is not a duration");
    }
}
