package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.io.PlanWriter;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.AllocationBound;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.api.solver.Solver;
import org.springframework.boot.convert.DurationStyle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Solves one problem file and prints the progress and the KPI summary. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "求解一个方案文件 / Solve a problem file and print its KPIs.")
class SolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>", description = "The problem as JSON (see datasets/).")
    Path file;

    @Option(names = "--time-limit", defaultValue = "30s", description = "How long to solve (30s, 2m, PT90S). Default: ${DEFAULT-VALUE}.")
    String timeLimit;

    @Option(names = "--unimproved-time-limit", defaultValue = "10s",
            description = "Stop earlier when the best score has not improved for this long, as the service does; "
                    + "give the time limit to never stop early. Default: ${DEFAULT-VALUE}.")
    String unimprovedTimeLimit;

    @Option(names = "--bound-time", defaultValue = "30s",
            description = "After solving, prove a lower bound of the allocation part for at most this long "
                    + "and print the optimality gap (0s: skip). Default: ${DEFAULT-VALUE}.")
    String boundTime;

    @Option(names = "--out", paramLabel = "<plan.json>", description = "Write the solved plan here.")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolveLimits limits;
        try {
            limits = new SolveLimits(duration(timeLimit),
                    unimprovedTimeLimit == null ? null : duration(unimprovedTimeLimit));
        } catch (IllegalArgumentException e) {
            err.println("错误 / error: 时长无法识别 / not a duration: " + e.getMessage());
            return 2;
        }
        AlliancePlan problem;
        try {
            problem = PlanMapper.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            err.println("错误 / error: 文件不存在 / no such file: " + file);
            return 1;
        } catch (InvalidInputException e) {
            err.println("错误 / error: " + file + " 有" + e.getProblems().size() + "处问题 / has "
                    + e.getProblems().size() + " problem(s):");
            for (FieldProblem p : e.getProblems()) {
                err.println("  " + (p.field().isEmpty() ? "(body)" : p.field()) + ": " + p.message() + " / " + p.messageEn());
            }
            return 1;
        }
        console.printf("求解 Solving %s: %d 个社区 communities, %d 个单位 organizations, 时限 time limit %ss%n",
                problem.getName(), problem.getCommunities().size(), problem.getOrganizations().size(),
                limits.timeLimit().toSeconds());
        Solver<AlliancePlan> solver = AllianceSolvers.withDefaults().solver(problem, limits);
        ProgressPrinter progress = new ProgressPrinter(console);
        solver.addEventListener(event -> progress.bestChanged(event.getNewBestSolution().getScore()));
        long start = System.nanoTime();
        AlliancePlan best = solver.solve(problem);
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        PlanKpis kpis = PlanKpis.of(best);
        KpiSummary.print(console, best, kpis, spent);
        Duration boundBudget = duration(boundTime);
        if (!boundBudget.isZero()) {
            KpiSummary.printBound(console, best, kpis, AllocationBound.of(best, boundBudget,
                    Runtime.getRuntime().availableProcessors()));
        }
        if (out != null) {
            PlanWriter.write(PlanMapper.toDocument(best), out);
            console.println("方案已写入 Plan written to " + out);
        }
        return 0;
    }

    private static Duration duration(String text) {
        return DurationStyle.detectAndParse(text.trim());
    }
}
