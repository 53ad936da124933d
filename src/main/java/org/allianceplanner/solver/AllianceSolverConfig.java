package org.allianceplanner.solver;

import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Builds solver configurations from the shared solverConfig.xml with a run's own limits. */
public final class AllianceSolverConfig {

    public static final String RESOURCE = "org/allianceplanner/solver/solverConfig.xml";

    private AllianceSolverConfig() {
    }

    /** The configuration without a termination, as the benchmark and the score analysis use it. */
    public static SolverConfig base() {
        return SolverConfig.createFromXmlResource(RESOURCE);
    }

    public static SolverConfig withLimits(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(limits.timeLimit());
        if (limits.unimprovedTimeLimit() != null) {
            termination.setUnimprovedSpentLimit(limits.unimprovedTimeLimit());
        }
        return base().withTerminationConfig(termination);
    }

    public static <S> SolverFactory<S> factory(SolveLimits limits) {
        return SolverFactory.create(withLimits(limits));
    }

    /** The configuration the service, the CLI and the benchmarks use for this problem. */
    public static SolverConfig forProblem(org.allianceplanner.model.AlliancePlan problem, SolveLimits limits) {
        return withLimits(limits);
    }
}
