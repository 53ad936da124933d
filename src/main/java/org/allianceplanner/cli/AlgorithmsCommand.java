package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allianceplanner.benchmark.Algorithm;
import org.allianceplanner.benchmark.AlgorithmComparison;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.model.AlliancePlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the solver configurations of {@link Algorithm} side by side on the same datasets with
 * optaplanner-benchmark: its HTML report goes under the output directory, and the best score of each
 * configuration on each dataset, with the winner, is printed.
 */
@Command(name = "algorithms", mixinStandardHelpOptions = true,
        description = "算法对比 / Compare solver configurations (construction + local search) with optaplanner-benchmark.")
class AlgorithmsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file|dataset>", arity = "0..*",
            description = "Problem files or dataset names. Default: the committed datasets and city.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long each configuration runs on each dataset. Default: ${DEFAULT-VALUE}.")
    Duration time;

    @Option(names = "--warm-up", defaultValue = "5s", converter = WarmUpConverter.class,
            description = "Run the configurations this long in turn before measuring, so that the first one "
                    + "measured does not pay for the JVM's warm-up; 0s for none. Default: ${DEFAULT-VALUE}.")
    Duration warmUp;

    @Option(names = "--algorithms", split = ",", paramLabel = "<name>", converter = AlgorithmConverter.class,
            description = "Which configurations, comma-separated: ${COMPLETION-CANDIDATES}. Default: all.")
    List<Algorithm> algorithms;

    @Option(names = "--out-dir", defaultValue = "target/benchmark/algorithms",
            description = "Where the report goes (a folder per run). Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> specs = new ArrayList<>(sources);
        if (specs.isEmpty()) {
            specs.addAll(DatasetSpecs.committed());
            specs.add(Datasets.CITY);
        }
        List<Algorithm> chosen = algorithms == null || algorithms.isEmpty() ? List.of(Algorithm.values())
                : algorithms.stream().distinct().toList();
        List<String> names = AlgorithmComparison.uniqueNames(specs.stream().map(DatasetSpecs::label).toList());
        List<AlgorithmComparison.Problem> problems = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            AlliancePlan plan = ProblemSource.load(spec, specs.get(i), seed);
            problems.add(new AlgorithmComparison.Problem(names.get(i), plan));
            out.printf("数据集 Dataset %s — %s: %d 个社区 communities, %d 个单位 organizations, %d 项活动 activities%n",
                    names.get(i), plan.getName(), plan.getCommunities().size(), plan.getOrganizations().size(),
                    plan.getActivities().size());
        }
        Duration total = time.multipliedBy((long) chosen.size() * problems.size()).plus(warmUp);
        out.printf("算法对比 Algorithm comparison: %d 个配置 configurations × %d 个数据集 datasets × %ss，约 about %s; "
                + "处理器 cores %d%n", chosen.size(), problems.size(), time.toSeconds(), minutes(total),
                Runtime.getRuntime().availableProcessors());
        for (Algorithm algorithm : chosen) {
            out.printf("  %-24s %s / %s%n", algorithm.name(), algorithm.zh(), algorithm.en());
        }
        out.flush();
        AlgorithmComparison.Outcome outcome = AlgorithmComparison.run(problems, chosen, time, warmUp, outDir);
        out.println();
        out.println("最优得分 Best score (hard/medium/soft; * 胜出 winner):");
        out.print(summary(outcome, chosen).text());
        out.println();
        for (AlgorithmComparison.ProblemOutcome problem : outcome.problems()) {
            AlgorithmComparison.Cell winner = problem.winner();
            out.printf("胜出 Winner %s: %s%n", problem.name(),
                    winner == null ? "无 none (all failed)" : winner.algorithm() + " " + winner.score());
        }
        out.printf("报告 Report: %s%n", outcome.indexHtml() == null ? "-" : outcome.indexHtml().getAbsolutePath());
        out.flush();
        if (outcome.failure() != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("错误 / error: 部分基准运行失败，见报告 / some benchmarks failed, see the report: "
                    + outcome.failure());
            err.flush();
            return 1;
        }
        return 0;
    }

    /** One row per configuration, one column per dataset, and the winners in the last row. */
    static Table summary(AlgorithmComparison.Outcome outcome, List<Algorithm> algorithms) {
        List<String> header = new ArrayList<>();
        header.add("算法 Configuration");
        outcome.problems().forEach(p -> header.add(p.name()));
        List<List<String>> rows = new ArrayList<>();
        for (Algorithm algorithm : algorithms) {
            List<String> row = new ArrayList<>();
            row.add(algorithm.name());
            for (AlgorithmComparison.ProblemOutcome problem : outcome.problems()) {
                AlgorithmComparison.Cell cell = problem.cells().stream()
                        .filter(c -> c.algorithm() == algorithm).findFirst().orElse(null);
                row.add(cell == null || cell.score() == null ? "失败 failed"
                        : cell.score() + (cell.winner() ? " *" : ""));
            }
            rows.add(row);
        }
        List<String> winners = new ArrayList<>();
        winners.add("胜出 Winner");
        for (AlgorithmComparison.ProblemOutcome problem : outcome.problems()) {
            winners.add(problem.winner() == null ? "-" : problem.winner().algorithm().name());
        }
        rows.add(winners);
        return new Table(header, rows);
    }

    private static String minutes(Duration d) {
        return d.toMinutes() == 0 ? d.toSeconds() + "s" : "%d min %ds".formatted(d.toMinutes(), d.toSecondsPart());
    }

    /** Like {@link DurationConverter}, but zero (no warm-up) is allowed. */
    static final class WarmUpConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (value.trim().matches("0+[a-z]*")) {
                return Duration.ZERO;
            }
            return new DurationConverter().convert(value);
        }
    }

    /** Reads an algorithm's name in any case; an unknown one is a usage error naming the known ones. */
    static final class AlgorithmConverter implements ITypeConverter<Algorithm> {
        @Override
        public Algorithm convert(String value) {
            String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Algorithm algorithm : Algorithm.values()) {
                if (algorithm.name().equals(name)) {
                    return algorithm;
                }
            }
            throw new TypeConversionException("未知算法 / unknown algorithm \"" + value + "\"; known: "
                    + String.join(", ", Arrays.stream(Algorithm.values()).map(Enum::name).toList()));
        }
    }
}
