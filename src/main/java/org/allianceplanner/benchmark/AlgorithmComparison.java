package org.allianceplanner.benchmark;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.AlliancePlan;
import org.optaplanner.benchmark.api.PlannerBenchmarkException;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.impl.DefaultPlannerBenchmark;
import org.optaplanner.benchmark.impl.result.PlannerBenchmarkResult;
import org.optaplanner.benchmark.impl.result.ProblemBenchmarkResult;
import org.optaplanner.benchmark.impl.result.SingleBenchmarkResult;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Runs {@link Algorithm solver configurations} side by side on the same problems with
 * optaplanner-benchmark, which writes its HTML report (charts of best score over time, score
 * calculation speed, rankings), and reads the outcome back from its results for a console summary.
 * Problems are passed as instances, loaded through our own io, so generated datasets need no file.
 */
public final class AlgorithmComparison {

    /** A problem to benchmark with the name it has in the report and the summary. */
    public record Problem(String name, AlliancePlan plan) {
    }

    /** One configuration on one problem: its best score (null if it failed) and its speed. */
    public record Cell(Algorithm algorithm, HardMediumSoftLongScore score, Long scoreCalculationSpeed,
            boolean winner) {
    }

    /** One problem: every configuration's cell in the order they were run, and the winner's. */
    public record ProblemOutcome(String name, List<Cell> cells) {
        public Cell winner() {
            return cells.stream().filter(Cell::winner).findFirst().orElse(null);
        }
    }

    /**
     * @param reportDirectory this run's directory (under the output directory, named by its start time)
     * @param indexHtml       the report's overview page
     * @param failure         why some benchmarks failed, null if none did
     */
    public record Outcome(File reportDirectory, File indexHtml, List<ProblemOutcome> problems, String failure) {
    }

    private AlgorithmComparison() {
    }

    /**
     * The benchmark configuration: one solver benchmark per algorithm, each stopped after
     * {@code timeLimit} on each problem, one at a time (so that they do not compete for the cores),
     * after a warm-up of {@code warmUp} (zero for none).
     */
    public static PlannerBenchmarkConfig config(List<Algorithm> algorithms, Duration timeLimit, Duration warmUp,
            Path outDir) {
        List<SolverBenchmarkConfig> solverBenchmarks = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            solverBenchmarks.add(new SolverBenchmarkConfig().withName(algorithm.name())
                    .withSolverConfig(algorithm.solverConfig(timeLimit)));
        }
        return new PlannerBenchmarkConfig()
                .withName("alliance-planner algorithms")
                .withBenchmarkDirectory(outDir.toFile())
                .withParallelBenchmarkCount("1")
                .withWarmUpMillisecondsSpentLimit(warmUp.toMillis())
                .withSolverBenchmarkConfigList(solverBenchmarks);
    }

    /** Runs the benchmark; the report is written even when a configuration fails on a problem. */
    public static Outcome run(List<Problem> problems, List<Algorithm> algorithms, Duration timeLimit,
            Duration warmUp, Path outDir) {
        // The report's charts are drawn with JFreeChart (AWT), which needs no display when headless.
        System.setProperty("java.awt.headless", "true");
        PlannerBenchmarkFactory factory = PlannerBenchmarkFactory.create(config(algorithms, timeLimit, warmUp,
                outDir));
        DefaultPlannerBenchmark benchmark = (DefaultPlannerBenchmark) factory.buildPlannerBenchmark(
                problems.stream().map(Problem::plan).toList());
        PlannerBenchmarkResult result = benchmark.getPlannerBenchmarkResult();
        // Instances are named Problem_0, Problem_1… in input order; the report should say which dataset.
        List<ProblemBenchmarkResult> problemResults = result.getUnifiedProblemBenchmarkResultList();
        for (int i = 0; i < problemResults.size(); i++) {
            problemResults.get(i).setName(problems.get(i).name());
        }
        String failure = null;
        try {
            benchmark.benchmark();
        } catch (PlannerBenchmarkException e) {
            failure = e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
        }
        File reportDirectory = result.getBenchmarkReportDirectory();
        File index = benchmark.getBenchmarkReport().getHtmlOverviewFile();
        if (index == null && reportDirectory != null) {
            index = new File(reportDirectory, "index.html");
        }
        return new Outcome(reportDirectory, index, outcomes(result, algorithms), failure);
    }

    private static List<ProblemOutcome> outcomes(PlannerBenchmarkResult result, List<Algorithm> algorithms) {
        List<ProblemOutcome> outcomes = new ArrayList<>();
        for (ProblemBenchmarkResult<?> problem : result.getUnifiedProblemBenchmarkResultList()) {
            SingleBenchmarkResult winning = problem.getWinningSingleBenchmarkResult();
            List<Cell> cells = new ArrayList<>();
            for (SingleBenchmarkResult single : problem.getSingleBenchmarkResultList()) {
                Algorithm algorithm = Algorithm.valueOf(single.getSolverBenchmarkResult().getName());
                boolean success = single.hasAllSuccess() && single.getAverageScore() != null;
                cells.add(new Cell(algorithm, success ? (HardMediumSoftLongScore) single.getAverageScore() : null,
                        success ? single.getScoreCalculationSpeed() : null, false));
            }
            cells.sort(Comparator.comparingInt(c -> algorithms.indexOf(c.algorithm())));
            Algorithm winner = winning == null || !winning.hasAllSuccess() ? bestOf(cells)
                    : Algorithm.valueOf(winning.getSolverBenchmarkResult().getName());
            cells.replaceAll(c -> new Cell(c.algorithm(), c.score(), c.scoreCalculationSpeed(),
                    c.algorithm() == winner));
            outcomes.add(new ProblemOutcome(problem.getName(), List.copyOf(cells)));
        }
        return outcomes;
    }

    /** The best score among those that finished, when the benchmark's own ranking is missing. */
    private static Algorithm bestOf(List<Cell> cells) {
        return cells.stream().filter(c -> c.score() != null).max(Comparator.comparing(Cell::score))
                .map(Cell::algorithm).orElse(null);
    }

    /** Report names for the problems: the dataset's name, made unique when one is given twice. */
    public static List<String> uniqueNames(List<String> names) {
        Set<String> used = new HashSet<>();
        List<String> unique = new ArrayList<>();
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = name + "-" + n;
            }
            unique.add(candidate);
        }
        return unique;
    }
}
