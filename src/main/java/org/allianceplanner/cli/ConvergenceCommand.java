package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.allianceplanner.benchmark.BenchmarkRun;
import org.allianceplanner.benchmark.BestScoreTrace;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.ScoreAnalysis;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.SolverConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Solves one dataset once and says how the score got there: when it became feasible, the best score
 * at each checkpoint and how far that is from the final one, the score calculation speed, and which
 * constraints cost the most in the end. This is how the figures in benchmark/README.md are made.
 */
@Command(name = "convergence", mixinStandardHelpOptions = true,
        description = "收敛过程 / Solve one dataset and report time to feasible, score at checkpoints, speed.")
class ConvergenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file|dataset>", description = "A problem file or a dataset name.")
    String source;

    @Option(names = "--time", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to solve. Default: ${DEFAULT-VALUE}.")
    Duration time;

    @Option(names = "--checkpoints", split = ",", converter = DurationConverter.class,
            defaultValue = "1s,2s,5s,10s,20s,30s,60s,120s,300s,600s",
            description = "When to read the best score (those within --time). Default: ${DEFAULT-VALUE}.")
    List<Duration> checkpoints;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long seed;

    @Option(names = "--trace", paramLabel = "<file.csv>", description = "Write every improvement as CSV here.")
    Path traceFile;

    @Option(names = "--solver-config", paramLabel = "<solverConfig.xml>",
            description = "Try another solver configuration instead of the one the service would pick.")
    Path solverConfig;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        AlliancePlan problem = ProblemSource.load(spec, source, seed);
        out.printf("数据集 Dataset %s: %d 个社区 communities, %d 个单位 organizations, %d 项活动 activities; "
                + "时限 time %ss; 处理器 cores %d; 最大堆 max heap %d MB%n", source, problem.getCommunities().size(),
                problem.getOrganizations().size(), problem.getActivities().size(), time.toSeconds(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        BenchmarkRun run = solverConfig == null ? BenchmarkRun.solve(problem, SolveLimits.of(time))
                : BenchmarkRun.solve(problem, AllianceSolverConfig.withLimits(
                        SolverConfig.createFromXmlFile(solverConfig.toFile()), SolveLimits.of(time)));
        BestScoreTrace trace = run.trace();
        HardMediumSoftLongScore last = run.best().getScore();
        Duration feasible = trace.timeToFeasible();
        out.printf("首个可行方案 First feasible: %s%n", feasible == null ? "未达到 never" : seconds(feasible));
        out.printf("得分计算速度 Score calculation speed: %,d /s%n", run.scoreCalculationSpeed());
        out.println("时间 Time   最优得分 Best score                    与最终相差 Soft gap to final");
        for (Duration at : checkpoints) {
            if (at.compareTo(time) > 0) {
                continue;
            }
            HardMediumSoftLongScore best = trace.bestAt(at);
            out.printf("%8s   %-36s %s%n", seconds(at), best == null ? "-" : best.toString(), gap(best, last));
        }
        out.printf("%8s   %-36s (final)%n", seconds(run.spent()), last);
        KpiSummary.print(out, run.best(), run.kpis(), run.spent());
        printCosts(out, run.best());
        if (traceFile != null) {
            writeTrace(trace);
            out.println("改进记录已写入 Trace written to " + traceFile);
        }
        out.flush();
        return 0;
    }

    /** The constraints with the biggest share of the final score, so a slow or poor run says why. */
    private static void printCosts(PrintWriter out, AlliancePlan best) {
        List<ScoreAnalysis.ConstraintResult> costs = new ArrayList<>(AllianceSolvers.withDefaults().explain(best).constraints());
        costs.removeIf(c -> c.impact() == 0);
        costs.sort(Comparator.comparing(ScoreAnalysis.ConstraintResult::level)
                .thenComparingLong(ScoreAnalysis.ConstraintResult::impact));
        out.println("约束代价 Constraint costs (level, impact, matches):");
        for (ScoreAnalysis.ConstraintResult c : costs) {
            out.printf("  %-28s %-6s %,14d %6d  %s%n", c.name(), c.level(), c.impact(), c.matchCount(), c.zh());
        }
    }

    private void writeTrace(BestScoreTrace trace) throws IOException {
        StringBuilder csv = new StringBuilder("elapsed_ms,init,hard,medium,soft\n");
        for (BestScoreTrace.Point p : trace.points()) {
            HardMediumSoftLongScore s = p.score();
            csv.append(p.elapsed().toMillis()).append(',').append(s.initScore()).append(',').append(s.hardScore())
                    .append(',').append(s.mediumScore()).append(',').append(s.softScore()).append('\n');
        }
        Path parent = traceFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(traceFile, csv, StandardCharsets.UTF_8);
    }

    /** How far the soft score at a checkpoint is from the final one, in % of the final; blank if not comparable. */
    static String gap(HardMediumSoftLongScore at, HardMediumSoftLongScore last) {
        if (at == null || !at.isSolutionInitialized() || at.hardScore() != last.hardScore()
                || at.mediumScore() != last.mediumScore()) {
            return "";
        }
        if (last.softScore() == 0) {
            return at.softScore() == 0 ? "0.00%" : "";
        }
        return "%.2f%%".formatted(100.0 * (last.softScore() - at.softScore()) / Math.abs(last.softScore()));
    }

    private static String seconds(Duration d) {
        return "%.1fs".formatted(d.toMillis() / 1000.0);
    }
}
