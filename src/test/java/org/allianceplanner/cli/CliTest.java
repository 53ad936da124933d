package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: progress and KPIs on success, a sentence and exit 1 on bad input. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureConsole() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void solvesAFileAndWritesThePlan(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("plan.json");

        int exit = Cli.run("solve", "datasets/jintang-zhaozhen.json", "--time-limit", "2s", "--out", plan.toString());

        assertThat(exit).isZero();
        String console = out.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("得分 Score:").contains("可行 feasible").contains("已分配 Assigned:            51 / 51")
                .contains("需求覆盖 Needs covered").contains("方案已写入 Plan written to");
        AlliancePlan written = PlanMapper.read(Files.readAllBytes(plan));
        assertThat(written.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
        assertThat(written.getActivities()).hasSize(4 * 19).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
    }

    @Test
    void badInputExitsWithOneAndSaysWhatIsWrong(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"x\", \"communities\": [], \"organizations\": [{\"id\": \"a\"}]}");

        assertThat(Cli.run("solve", bad.toString())).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("communities").contains("organizations[0].name").contains("must not be");
    }

    @Test
    void aMissingFileOrABadDurationIsAnErrorNotAStackTrace(@TempDir Path dir) {
        assertThat(Cli.run("solve", dir.resolve("nowhere.json").toString())).isEqualTo(1);
        assertThat(Cli.run("solve", "datasets/jintang-zhaozhen.json", "--time-limit", "soon")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file").contains("not a duration")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
