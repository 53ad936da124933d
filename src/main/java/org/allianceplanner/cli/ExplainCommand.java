package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.explain.Explainer;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.SolveLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How long an explanation takes, as the service answers one: map the plan's document to the model,
 * open the incremental score director, try every placement, close. One unit's alternatives (a
 * different unit each run), the candidates of every uncovered need, and the report of every unit;
 * median and worst over repeated runs after a warm-up. The plan is solved first (--solve).
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "解释耗时 / Latency of the explanations: one unit's alternatives, need candidates, every unit.")
class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file|dataset>", description = "A problem file or a dataset name.")
    String source;

    @Option(names = "--solve", defaultValue = "20s", converter = DurationConverter.class,
            description = "How long to solve the plan that is then explained. Default: ${DEFAULT-VALUE}.")
    Duration solve;

    @Option(names = "--repeat", defaultValue = "30", description = "Timed runs of one unit. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--report-repeat", defaultValue = "5",
            description = "Timed runs of the report of every unit (and of the need candidates). Default: ${DEFAULT-VALUE}.")
    int reportRepeat;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed runs first. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--limit", defaultValue = "5", description = "Alternatives per unit. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AllianceSolvers solvers = AllianceSolvers.withDefaults();
        AlliancePlan problem = ProblemSource.load(spec, source, seed);
        out.printf("数据集 Dataset %s: %d 个社区 communities, %d 个单位 organizations; 求解 solved for %ss; "
                + "处理器 cores %d; 负载 load %s%n", source, problem.getCommunities().size(),
                problem.getOrganizations().size(), solve.toSeconds(), Runtime.getRuntime().availableProcessors(),
                load());
        out.flush();
        PlanDocument plan = PlanMapper.toDocument(solvers.solve(problem, SolveLimits.of(solve)));
        out.printf("方案 Plan: %s%n", plan.score());
        List<String> units = plan.organizations().stream().map(o -> o.id()).toList();

        int[] next = {0};
        List<Long> fresh = time(warmup, repeat, () -> {
            String unit = units.get(next[0]++ % units.size());
            explain(solvers, plan, e -> e.alternatives(unit, limit));
        });
        List<Long> one;
        List<Long> needs;
        List<Long> report;
        // As the service keeps a plan's explainer open between questions about it.
        try (Explainer kept = Explainer.open(solvers, PlanMapper.toModel(plan))) {
            one = time(warmup, repeat, () -> kept.alternatives(units.get(next[0]++ % units.size()), limit));
            needs = time(1, reportRepeat, () -> kept.needCandidates(limit));
            report = time(1, reportRepeat, () -> kept.report(limit));
        }
        List<Long> reportFresh = time(0, reportRepeat, () -> explain(solvers, plan, e -> e.report(limit)));
        out.printf("一个单位的替代方案（新开） One unit's alternatives, opened afresh (limit %d), %d runs: "
                + "中位数 median %d ms, 最差 worst %d ms%n", limit, repeat, median(fresh), worst(fresh));
        out.printf("一个单位的替代方案（已打开） One unit's alternatives, plan kept open (limit %d), %d runs: "
                + "中位数 median %d ms, 最差 worst %d ms%n", limit, repeat, median(one), worst(one));
        out.printf("未满足需求的候选 Need candidates, %d runs: 中位数 median %d ms, 最差 worst %d ms%n", reportRepeat,
                median(needs), worst(needs));
        out.printf("全部 %d 个单位 Every unit (report), plan kept open, %d runs: 中位数 median %d ms, 最差 worst %d ms%n",
                units.size(), reportRepeat, median(report), worst(report));
        out.printf("全部 %d 个单位（新开） Every unit (report), opened afresh, %d runs: 中位数 median %d ms, 最差 worst %d ms%n",
                units.size(), reportRepeat, median(reportFresh), worst(reportFresh));
        out.printf("负载 Load after: %s%n", load());
        out.flush();
        return 0;
    }

    /** As the service does per request: a fresh model of the document, an explainer, the question, close. */
    private static void explain(AllianceSolvers solvers, PlanDocument plan, Consumer<Explainer> question) {
        try (Explainer explainer = Explainer.open(solvers, PlanMapper.toModel(plan))) {
            question.accept(explainer);
        }
    }

    private static List<Long> time(int warmup, int runs, Runnable run) {
        for (int i = 0; i < warmup; i++) {
            run.run();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long worst(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** The 1-, 5- and 15-minute load averages (Linux), so a figure says how busy the machine was. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
