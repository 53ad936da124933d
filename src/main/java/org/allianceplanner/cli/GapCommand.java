package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allianceplanner.benchmark.BenchmarkRun;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.solver.AllocationBound;
import org.allianceplanner.solver.CalendarBound;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.config.solver.SolverConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * How far the solver's plans are from the best possible: per dataset a proven lower bound of the
 * allocation part (once, {@link AllocationBound}), then runs of each time limit with several random seeds, each run's
 * allocation part against the bound, and per time limit the median and the worst gap. Each run's line
 * is appended to {@code gap-runs.csv} as it ends, so a long benchmark cut short keeps what it ran.
 * Beside it the calendar part (the calendar rules' soft penalty, which depends on the dates alone) against
 * its optimum (CP-SAT on the calendar, member blackouts left out: a lower bound, and the optimum whenever
 * the best dating keeps them), median and worst over the runs.
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "最优性差距 / The allocation part of timed runs against its proven lower bound, and the calendar part against its optimum.")
class GapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<file|dataset>", arity = "0..*",
            description = "Problem files or dataset names. Default: the committed datasets.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--times", split = ",", defaultValue = "10s,30s,60s", converter = DurationConverter.class,
            description = "Time limits, comma-separated. Default: ${DEFAULT-VALUE}.")
    List<Duration> times;

    @Option(names = "--seeds", defaultValue = "5", description = "Runs per time limit (random seeds 0, 1, …). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--bound-time", defaultValue = "120s", converter = DurationConverter.class,
            description = "The most time to prove each dataset's bound. Default: ${DEFAULT-VALUE}.")
    Duration boundTime;

    @Option(names = "--out-dir", defaultValue = "target/benchmark/gap",
            description = "Where gap-runs.csv and gap.md go. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long datasetSeed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> specs = sources.isEmpty() ? DatasetSpecs.committed() : sources;
        Files.createDirectories(outDir);
        Path csv = outDir.resolve("gap-runs.csv");
        if (!Files.exists(csv)) {
            Files.writeString(csv, "dataset,timeLimitSeconds,seed,allocationSoft,bound,gapPercent,score,calendarSoft,calendarOptimum\n",
                    StandardCharsets.UTF_8);
        }
        StringBuilder markdown = new StringBuilder(
                "| dataset | bound (soft) | time limit | runs | median gap | worst gap | calendar optimum | calendar part median | calendar part worst |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
        for (String source : specs) {
            String label = DatasetSpecs.label(source);
            AlliancePlan problem = ProblemSource.load(spec, source, datasetSeed);
            // The bounds are proven once per dataset, from the first run's plan: the column generation starts
            // from its alliances, CP-SAT from its dating.
            AllocationBound bound = null;
            // The calendar's optimum: CP-SAT hinted at the first run's dating (so its best is never worse).
            CalendarBound calendarBound = null;
            for (Duration time : times) {
                List<Double> gaps = new ArrayList<>();
                List<Long> calendarParts = new ArrayList<>();
                for (int seed = 0; seed < seeds; seed++) {
                    AlliancePlan fresh = ProblemSource.load(spec, source, datasetSeed);
                    SolverConfig config = AllianceSolverConfig.forProblem(fresh, SolveLimits.of(time))
                            .withRandomSeed((long) seed);
                    BenchmarkRun run = BenchmarkRun.solve(fresh, config);
                    long cost = -run.kpis().allocationSoft();
                    long calendarPart = CalendarBound.calendarCost(run.best());
                    calendarParts.add(calendarPart);
                    if (bound == null) {
                        bound = AllocationBound.compute(run.best(), boundTime, Runtime.getRuntime().availableProcessors());
                        out.printf(Locale.ROOT, "%s: 下界 bound %s (%.0f s%s)%n", label,
                                bound.available() ? "-" + bound.bound() + "soft" : "unavailable: " + bound.reason(),
                                bound.seconds(), bound.optimal() ? ", proven optimal" : "");
                    }
                    if (calendarBound == null) {
                        calendarBound = CalendarBound.compute(run.best(), boundTime, CALENDAR_WORKERS);
                        out.printf(Locale.ROOT, "%s: 日历最优 calendar optimum %s (CP-SAT %.0f s%s)%n", label,
                                calendarBound.available() ? negated(calendarBound.bound()) + "soft"
                                        : "unavailable: " + calendarBound.reason(),
                                calendarBound.seconds(), calendarBound.optimal() ? ", proven optimal"
                                        : calendarBound.best() != null ? ", best dating found " + negated(calendarBound.best()) + "soft" : "");
                    }
                    boolean comparable = bound.available() && run.best().getScore().isFeasible()
                            && run.kpis().unassigned() == bound.minUnassigned();
                    Double gap = comparable ? bound.gapPercent(cost) : null;
                    if (gap != null) {
                        gaps.add(gap);
                    }
                    out.printf(Locale.ROOT, "  %s %ds seed %d: allocation %dsoft, gap %s, calendar %dsoft (score %s)%n",
                            label, time.toSeconds(), seed, -cost,
                            gap == null ? "—" : String.format(Locale.ROOT, "%.1f%%", gap), -calendarPart,
                            run.best().getScore());
                    out.flush();
                    Files.writeString(csv, String.format(Locale.ROOT, "%s,%d,%d,%d,%s,%s,%s,%d,%s%n", label,
                            time.toSeconds(), seed, -cost, bound.available() ? "-" + bound.bound() : "", gap == null ? "" : gap,
                            run.best().getScore(), -calendarPart, calendarBound.available() ? negated(calendarBound.bound()) : ""),
                            StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                }
                gaps.sort(Double::compare);
                calendarParts.sort(Long::compare);
                markdown.append(String.format(Locale.ROOT, "| %s | %s | %d s | %d | %s | %s | %s | %s | %s |%n", label,
                        bound != null && bound.available() ? "-" + bound.bound() : "—", time.toSeconds(), gaps.size(),
                        gaps.isEmpty() ? "—" : String.format(Locale.ROOT, "%.1f %%", median(gaps)),
                        gaps.isEmpty() ? "—" : String.format(Locale.ROOT, "%.1f %%", gaps.get(gaps.size() - 1)),
                        calendarBound != null && calendarBound.available() ? negated(calendarBound.bound())
                                + (calendarBound.optimal() ? "" : " (bound)") : "—",
                        calendarParts.isEmpty() ? "—" : negated(medianLong(calendarParts)),
                        calendarParts.isEmpty() ? "—" : negated(calendarParts.get(calendarParts.size() - 1))));
                Files.writeString(outDir.resolve("gap.md"), markdown, StandardCharsets.UTF_8);
            }
        }
        out.println();
        out.print(markdown);
        out.flush();
        return 0;
    }

    /**
     * CP-SAT workers for the calendar's optimum: its bound comes from the symmetry-aware LP worker, which
     * a portfolio of two does not run (on dianjiang two prove 8,000 in 20 s, eight prove 13,300 in 15 s).
     */
    static final int CALENDAR_WORKERS = 8;

    /** A penalty as a soft score: −n, and 0 without the sign. */
    static String negated(long penalty) {
        return penalty == 0 ? "0" : "-" + penalty;
    }

    static long medianLong(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
