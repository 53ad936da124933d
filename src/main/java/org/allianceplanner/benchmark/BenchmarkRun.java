package org.allianceplanner.benchmark;

import java.time.Duration;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One timed solve of one problem, as every benchmark command does it: the same solver
 * configuration the service picks for that problem, a trace of the best scores, the KPIs and the
 * score calculation speed OptaPlanner measured.
 *
 * @param best                  the best plan found
 * @param kpis                  the best plan's KPIs
 * @param trace                 every improvement with its time
 * @param spent                 wall time of the whole solve
 * @param scoreCalculationSpeed score calculations per second over the whole solve
 */
public record BenchmarkRun(AlliancePlan best, PlanKpis kpis, BestScoreTrace trace, Duration spent,
        long scoreCalculationSpeed) {

    public static BenchmarkRun solve(AlliancePlan problem, SolveLimits limits) {
        return solve(problem, AllianceSolverConfig.forProblem(problem, limits));
    }

    public static BenchmarkRun solve(AlliancePlan problem, SolverConfig config) {
        Solver<AlliancePlan> solver = SolverFactory.<AlliancePlan>create(config).buildSolver();
        long start = System.nanoTime();
        BestScoreTrace trace = new BestScoreTrace(start);
        solver.addEventListener(event -> trace.improved(event.getNewBestSolution().getScore()));
        AlliancePlan best = solver.solve(problem);
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        // The solver's own count, the figure its log prints; the public API of 10.1 does not expose it.
        long speed = ((DefaultSolver<AlliancePlan>) solver).getSolverScope().getScoreCalculationSpeed();
        return new BenchmarkRun(best, PlanKpis.of(best), trace, spent, speed);
    }
}
