package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: progress and KPIs on success, a sentence and exit 1 on bad input. */
class CliTest {

    @RegisterExtension
    final ConsoleCapture terminal = new ConsoleCapture();

    @Test
    void solvesAFileAndWritesThePlan(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");

        int exit = Cli.run("solve", "datasets/jintang-zhaozhen.json", "--time-limit", "2s", "--bound-time", "5s",
                "--out", plan.toString());

        assertThat(exit).isZero();
        String console = terminal.out();
        assertThat(console).contains("得分 Score:").contains("可行 feasible").contains("已分配 Assigned:            51 / 51")
                .contains("需求覆盖 Needs covered").contains("方案已写入 Plan written to");
        if (org.allianceplanner.solver.CpSat.available()) {
            assertThat(console).contains("下界 proven bound").containsPattern("最优性差距 Optimality gap:  (≤ \\d|—)");
        } else {
            assertThat(console).contains("最优性差距 Optimality gap:  无法给出 unavailable");
        }
        AlliancePlan written = PlanMapper.read(Files.readAllBytes(plan));
        assertThat(written.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
        assertThat(written.getActivities()).hasSize(4 * 19).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
    }

    @Test
    void badInputExitsWithOneAndSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"communities\": [], \"organizations\": [{\"id\": \"a\"}]}");

        assertThat(Cli.run("solve", bad.toString())).isEqualTo(1);
        String message = terminal.err();
        assertThat(message).contains("communities").contains("organizations[0].name").contains("must not be");
    }

    @Test
    void aMissingFileOrABadDurationIsAnErrorNotAStackTrace(@TempDir Path dir) {
        assertThat(Cli.run("solve", dir.resolve("nowhere.json").toString())).isEqualTo(1);
        assertThat(Cli.run("solve", "datasets/jintang-zhaozhen.json", "--time-limit", "soon")).isEqualTo(2);
        assertThat(terminal.err()).contains("no such file").contains("not a duration")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
