package org.allianceplanner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.AlliancePlan;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds solver configurations with a run's own limits, chosen by the problem's size (measured in
 * benchmark/README.md): solverConfig.xml for a county or a city, solverConfigLarge.xml (partitioned
 * by street, nearby moves) for a province, where trying every community for every unit no longer fits
 * in the time a planner waits.
 */
public final class AllianceSolverConfig {

    public static final String RESOURCE = "org/allianceplanner/solver/solverConfig.xml";
    public static final String LARGE_RESOURCE = "org/allianceplanner/solver/solverConfigLarge.xml";
    /**
     * From this many unit × community pairs on, a problem is solved street by street: the first
     * placement tries every pair, about 100,000 a second here, so the city's 600,000 take a few
     * seconds and the province's 52 million would take most of ten minutes.
     */
    public static final long LARGE_PAIRS = 5_000_000;

    private AllianceSolverConfig() {
    }

    /** The county and city configuration without a termination, as the score analysis uses it. */
    public static SolverConfig base() {
        return SolverConfig.createFromXmlResource(RESOURCE);
    }

    /** The configuration for this problem's size, without a termination. */
    public static SolverConfig baseFor(AlliancePlan problem) {
        return SolverConfig.createFromXmlResource(resourceFor(problem));
    }

    static String resourceFor(AlliancePlan problem) {
        long pairs = (long) problem.getOrganizations().size() * problem.getCommunities().size();
        return pairs >= LARGE_PAIRS ? LARGE_RESOURCE : RESOURCE;
    }

    /** The configuration the service, the CLI and the benchmarks use for this problem. */
    public static SolverConfig forProblem(AlliancePlan problem, SolveLimits limits) {
        return withLimits(baseFor(problem), limits);
    }

    public static <S> SolverFactory<S> factory(AlliancePlan problem, SolveLimits limits) {
        return SolverFactory.create(forProblem(problem, limits));
    }

    /**
     * The share of the time limit the last, dates-only local search of solverConfig.xml gets: the annealing
     * before it stops after the rest, counted from its own start (so the construction's second or two comes
     * out of the polish: on dianjiang at 30 s it has about 2 s).
     */
    public static final double CALENDAR_POLISH = 0.12;

    /**
     * {@code config} stopped by the run's limits. Where the configuration ends with two local searches (the
     * annealing, then the calendar's polish), the first ends {@link #CALENDAR_POLISH} of the time limit
     * early, so that the second has time of its own.
     */
    public static SolverConfig withLimits(SolverConfig config, SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limits.timeLimit());
        if (limits.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedTimeLimit());
        }
        List<PhaseConfig> phases = config.getPhaseConfigList();
        int n = phases == null ? 0 : phases.size();
        if (n >= 2 && phases.get(n - 1) instanceof LocalSearchPhaseConfig
                && phases.get(n - 2) instanceof LocalSearchPhaseConfig annealing) {
            long millis = Math.max(1, Math.round(limits.timeLimit().toMillis() * (1 - CALENDAR_POLISH)));
            List<PhaseConfig> limited = new ArrayList<>(phases);
            limited.set(n - 2, annealing.copyConfig()
                    .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(millis))));
            config.setPhaseConfigList(limited);
        }
        return config.withTerminationConfig(termination);
    }
}
