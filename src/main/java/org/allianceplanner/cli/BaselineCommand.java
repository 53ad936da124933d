package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.allianceplanner.benchmark.BaselineComparison;
import org.allianceplanner.benchmark.BenchmarkRun;
import org.allianceplanner.benchmark.GreedyBaseline;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.SolveLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How much better than the planners' hand method the solver is: for each dataset the greedy
 * baseline (nearest community with room, first possible date) and a timed solve, side by side, as a
 * table on the console and as CSV and Markdown in the output directory.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "手工基线对比 / The planners' hand method (nearest community with room) against the solver.")
class BaselineCommand implements Callable<Integer> {

    static final String CSV = "baseline.csv";
    static final String MARKDOWN = "baseline.md";
    private static final List<String> HEADER = List.of("指标", "Metric", "手工基线 Greedy", "求解器 Solver",
            "差异 Difference");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file|dataset>", arity = "0..*",
            description = "Problem files or dataset names. Default: the committed datasets (dianjiang, "
                    + "jintang-zhaozhen, hejiang).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long the solver runs on each dataset. Default: ${DEFAULT-VALUE}.")
    Duration time;

    @Option(names = "--out-dir", defaultValue = "target/benchmark/baseline",
            description = "Where baseline.csv and baseline.md go. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long seed;

    private record Compared(String label, AlliancePlan problem, BaselineComparison comparison) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> specs = sources.isEmpty() ? DatasetSpecs.committed() : sources;
        // Every input is read before anything is solved, so a misspelt last name fails at once.
        List<AlliancePlan> greedyProblems = new ArrayList<>();
        for (String source : specs) {
            greedyProblems.add(ProblemSource.load(spec, source, seed));
        }
        out.printf("手工基线对比 Greedy baseline vs solver: %d 个数据集 datasets, 求解器每个 %ss / solver %ss each; "
                + "处理器 cores %d%n", specs.size(), time.toSeconds(), time.toSeconds(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
        List<Compared> results = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String source = specs.get(i);
            String label = DatasetSpecs.label(source);
            AlliancePlan greedyProblem = greedyProblems.get(i);
            out.printf("%n== %s — %s: %s ==%n", label, greedyProblem.getName(), sizes(greedyProblem));
            out.printf("求解中 Solving for %ss…%n", time.toSeconds());
            out.flush();
            GreedyBaseline.Result greedy = GreedyBaseline.run(greedyProblem);
            BenchmarkRun solved = BenchmarkRun.solve(ProblemSource.load(spec, source, seed), SolveLimits.of(time));
            BaselineComparison comparison = new BaselineComparison(label, greedy, solved);
            out.print(table(comparison).text());
            out.flush();
            results.add(new Compared(label, greedyProblem, comparison));
        }
        Files.createDirectories(outDir);
        Path csv = outDir.resolve(CSV);
        Path markdown = outDir.resolve(MARKDOWN);
        Files.writeString(csv, "\uFEFF" + csv(results), StandardCharsets.UTF_8);
        Files.writeString(markdown, markdown(results), StandardCharsets.UTF_8);
        out.printf("%n差异 = 求解器 − 手工基线 / Difference = solver − greedy (distances relative, needs in percentage "
                + "points, counts and scores absolute).%n");
        out.printf("已写入 Written: %s, %s%n", csv, markdown);
        out.flush();
        return 0;
    }

    private static String sizes(AlliancePlan plan) {
        return "%d 个社区 communities, %d 个单位 organizations, %d 项活动 activities".formatted(
                plan.getCommunities().size(), plan.getOrganizations().size(), plan.getActivities().size());
    }

    static Table table(BaselineComparison comparison) {
        List<List<String>> rows = new ArrayList<>();
        for (BaselineComparison.Row r : comparison.rows()) {
            rows.add(List.of(r.metricZh(), r.metricEn(), r.greedy(), r.solver(), r.difference()));
        }
        return new Table(HEADER, rows);
    }

    private static String csv(List<Compared> results) {
        List<String> header = new ArrayList<>();
        header.add("数据集 Dataset");
        header.addAll(HEADER);
        List<List<String>> rows = new ArrayList<>();
        for (Compared c : results) {
            for (BaselineComparison.Row r : c.comparison().rows()) {
                rows.add(List.of(c.label(), r.metricZh(), r.metricEn(), r.greedy(), r.solver(), r.difference()));
            }
        }
        return new Table(header, rows).csv();
    }

    private String markdown(List<Compared> results) {
        StringBuilder md = new StringBuilder("# 手工基线与求解器对比 / Greedy baseline vs solver\n\n");
        md.append("%s; 求解器每个数据集 %ss / solver %ss per dataset; 处理器 cores %d. 手工基线：每个单位按顺序分到最近且未满的社区，"
                .formatted(LocalDate.now(), time.toSeconds(), time.toSeconds(), Runtime.getRuntime().availableProcessors()))
                .append("活动取第一个可行日期 / Greedy: each organization in order to the nearest community with room, ")
                .append("each activity on its first possible date. 差异 = 求解器 − 手工基线 / Difference = solver − greedy.\n");
        for (Compared c : results) {
            md.append("\n## ").append(c.label()).append(" — ").append(c.problem().getName()).append("\n\n")
                    .append(sizes(c.problem())).append(".\n\n")
                    .append(table(c.comparison()).markdown());
        }
        return md.toString();
    }
}
