package org.allianceplanner.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.allianceplanner.model.AlliancePlan;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
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
        return withLimits(fitted(baseFor(problem), problem, limits.timeLimit()), limits);
    }

    public static <S> SolverFactory<S> factory(AlliancePlan problem, SolveLimits limits) {
        return SolverFactory.create(forProblem(problem, limits));
    }

    /**
     * The share of the time limit the last, dates-only local search of solverConfig.xml gets: the annealing
     * before it stops after the rest, counted from its own start (so the construction's second or two comes
     * out of the polish: on dianjiang at 30 s it has about 2 s). Where the exact phase runs, the annealing
     * gets {@link #ANNEALING} of the time limit and the exact phase {@link #EXACT}.
     */
    public static final double CALENDAR_POLISH = 0.12;
    /** The annealing's share of the time limit before the exact phase: long enough to seed it with a good plan. */
    public static final double ANNEALING = 0.30;
    /** The exact phase's share: the column generation, then CP-SAT over the whole model (benchmark/README.md). */
    public static final double EXACT = 0.55;
    /**
     * Up to this many unit × community pairs, the exact phase runs whatever the time limit (hejiang, jintang,
     * the small counties): there the column generation and CP-SAT reach within a tenth of a percent of the
     * bound in a few seconds, and the whole model's CP-SAT search still closes gaps.
     */
    public static final long EXACT_PAIRS = 2_000;
    /**
     * Beyond {@link #EXACT_PAIRS}, the exact phase runs when the time limit has a second for this many pairs:
     * dianjiang (4,680 pairs) from 47 s on. There the column generation converges in 10–20 s of the phase's
     * share and its best plan is within 0.1 % of the bound; at 30 s the annealing's 9 s leave plans the
     * columns do not mend in the phase's 16 s, and the calendar less time to be polished (benchmark/README.md).
     */
    public static final long EXACT_PAIRS_PER_SECOND = 100;

    /**
     * {@code config} for this problem and time limit: without the exact phase where it does not pay (more
     * pairs than {@link #EXACT_PAIRS} and the time limit's seconds times {@link #EXACT_PAIRS_PER_SECOND}),
     * cannot run (CP-SAT not loaded) or has nothing to place (every unit pinned).
     */
    public static SolverConfig fitted(SolverConfig config, AlliancePlan problem, Duration timeLimit) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        if (phases == null || phases.stream().noneMatch(AllianceSolverConfig::isExact)) {
            return config;
        }
        long pairs = (long) problem.getOrganizations().size() * problem.getCommunities().size();
        boolean fits = pairs <= Math.max(EXACT_PAIRS, EXACT_PAIRS_PER_SECOND * timeLimit.toSeconds());
        boolean placing = problem.getOrganizations().stream().anyMatch(o -> !o.isPinned());
        if (fits && placing && CpSat.available()) {
            return config;
        }
        config.setPhaseConfigList(phases.stream().filter(phase -> !isExact(phase)).toList());
        return config;
    }

    /** Whether the phase is solverConfig.xml's exact phase. */
    static boolean isExact(PhaseConfig<?> phase) {
        return phase instanceof CustomPhaseConfig custom
                && (custom.getCustomPhaseCommandClassList() != null
                        && custom.getCustomPhaseCommandClassList().contains(ExactAllocationPhase.class)
                        || custom.getCustomPhaseCommandList() != null
                        && custom.getCustomPhaseCommandList().stream().anyMatch(ExactAllocationPhase.class::isInstance));
    }

    /** The exact phase of a configuration built by {@link #withLimits}, if it has one. */
    public static Optional<ExactAllocationPhase> exactPhase(SolverConfig config) {
        if (config.getPhaseConfigList() == null) {
            return Optional.empty();
        }
        return config.getPhaseConfigList().stream()
                .filter(phase -> phase instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandList() != null)
                .flatMap(phase -> ((CustomPhaseConfig) phase).getCustomPhaseCommandList().stream())
                .filter(ExactAllocationPhase.class::isInstance)
                .map(ExactAllocationPhase.class::cast)
                .findFirst();
    }

    /**
     * {@code config} stopped by the run's limits. Where the configuration ends with two local searches (the
     * annealing, then the calendar's polish), the first ends {@link #CALENDAR_POLISH} of the time limit
     * early, so that the second has time of its own. Where the exact phase follows the annealing, the
     * annealing gets {@link #ANNEALING} of the time limit, the exact phase {@link #EXACT} (a phase of its
     * own, for this run only), and the polish, if any, the rest.
     */
    public static SolverConfig withLimits(SolverConfig config, SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limits.timeLimit());
        if (limits.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedTimeLimit());
        }
        List<PhaseConfig> phases = config.getPhaseConfigList() == null ? List.of() : config.getPhaseConfigList();
        List<PhaseConfig> limited = new ArrayList<>(phases);
        int n = phases.size();
        int exact = indexOfExact(phases);
        long limitMillis = limits.timeLimit().toMillis();
        if (exact >= 1 && phases.get(exact - 1) instanceof LocalSearchPhaseConfig annealing) {
            limited.set(exact - 1, limitedTo(annealing, limitMillis * ANNEALING));
            // With nothing to date there is no polish after it, and the exact phase has the rest of the run
            // (less the construction's share, so that the run keeps to its limit).
            double share = exact < n - 1 ? EXACT : 1 - ANNEALING - (1 - ANNEALING - EXACT) / 2;
            Duration budget = Duration.ofMillis(Math.max(1, Math.round(limitMillis * share)));
            limited.set(exact, new CustomPhaseConfig().withCustomPhaseCommandList(
                    List.of(new ExactAllocationPhase(budget, ExactAllocationPhase.defaultWorkers()))));
        } else if (n >= 2 && phases.get(n - 1) instanceof LocalSearchPhaseConfig
                && phases.get(n - 2) instanceof LocalSearchPhaseConfig annealing) {
            limited.set(n - 2, limitedTo(annealing, limitMillis * (1 - CALENDAR_POLISH)));
        }
        if (n > 0) {
            config.setPhaseConfigList(limited);
        }
        return config.withTerminationConfig(termination);
    }

    private static int indexOfExact(List<PhaseConfig> phases) {
        for (int i = 0; i < phases.size(); i++) {
            if (isExact(phases.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalSearchPhaseConfig limitedTo(LocalSearchPhaseConfig phase, double millis) {
        return phase.copyConfig().withTerminationConfig(
                new TerminationConfig().withSpentLimit(Duration.ofMillis(Math.max(1, Math.round(millis)))));
    }
}
