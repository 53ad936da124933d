package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.impl.solver.DefaultSolutionManager;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.partitionedsearch.PartitionedSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solvers of one process, built once (a bean in the service, an instance in the command line):
 * a solver for a problem and a run's limits, and the score and its explanation for a plan. The
 * configurations ({@link AllianceSolverConfig}: solverConfig.xml by size) are parsed once and copied
 * per run; the environment mode and the move-thread count are this component's settings.
 * <p>
 * A problem decides how much search it needs. With nothing that can move (every organization and
 * activity pinned) it is only scored: no local search spins over entities it may not touch. With one
 * kind of entity fixed (every organization pinned, to plan only the dates), the local search moves
 * only the kind that can move.
 */
public final class AllianceSolvers {

    /**
     * @param environmentMode OptaPlanner's checks while solving; null keeps the configuration's
     *                        (REPRODUCIBLE)
     * @param moveThreadCount threads that evaluate moves in parallel: NONE, AUTO or a number; null
     *                        keeps the configuration's (NONE)
     */
    public record Settings(EnvironmentMode environmentMode, String moveThreadCount) {

        public static Settings defaults() {
            return new Settings(null, null);
        }
    }

    private final Settings settings;
    private final Map<String, SolverConfig> parsed = new ConcurrentHashMap<>();
    private volatile SolutionManager<AlliancePlan, HardMediumSoftLongScore> solutionManager;

    public AllianceSolvers(Settings settings) {
        this.settings = settings;
    }

    public static AllianceSolvers withDefaults() {
        return new AllianceSolvers(Settings.defaults());
    }

    public Settings settings() {
        return settings;
    }

    /** A solver for this problem, stopped by the run's limits (or sooner by {@code terminateEarly}). */
    public Solver<AlliancePlan> solver(AlliancePlan problem, SolveLimits limits) {
        SolverConfig config = config(problem, limits);
        Solver<AlliancePlan> solver = SolverFactory.<AlliancePlan>create(config).buildSolver();
        // CP-SAT does not see OptaPlanner's stop: the exact phase watches for it.
        AllianceSolverConfig.exactPhase(config).ifPresent(phase -> phase.stopWhen(solver::isTerminateEarly));
        return solver;
    }

    /** Solves the problem to its limits and returns the best plan, scored. */
    public AlliancePlan solve(AlliancePlan problem, SolveLimits limits) {
        return solver(problem, limits).solve(problem);
    }

    /**
     * The configuration for this problem: its size's (parsed once, copied here), with the run's
     * limits, this component's settings, and only the search the problem's movable entities need.
     */
    public SolverConfig config(AlliancePlan problem, SolveLimits limits) {
        SolverConfig config = AllianceSolverConfig.fitted(
                new SolverConfig(parsed(AllianceSolverConfig.resourceFor(problem))), problem, limits.timeLimit());
        if (settings.environmentMode() != null) {
            config.setEnvironmentMode(settings.environmentMode());
        }
        if (settings.moveThreadCount() != null) {
            config.setMoveThreadCount(settings.moveThreadCount());
        }
        Set<Class<?>> movable = movableEntityClasses(problem);
        if (movable.isEmpty()) {
            // Nothing to plan: one construction that finds every organization pinned, and the plan
            // ends scored at once.
            config.setPhaseConfigList(List.of(placingNothing()));
        } else if (movable.size() < 2) {
            config.setPhaseConfigList(onlyMoving(config.getPhaseConfigList(), movable));
        }
        // The limits last: the annealing leaves time for the calendar's polish only where that phase is kept.
        return AllianceSolverConfig.withLimits(config, limits);
    }

    /** Sets and returns the plan's score, its shadow variables (alliance members) rebuilt from the assignment. */
    public HardMediumSoftLongScore score(AlliancePlan plan) {
        return solutionManager().update(plan, SolutionUpdatePolicy.UPDATE_ALL);
    }

    /**
     * Scores and explains a plan. Its shadow variables are rebuilt from the assignment, so pass a
     * plan nobody else is reading, such as a freshly mapped one.
     */
    public ScoreAnalysis explain(AlliancePlan plan) {
        return ScoreAnalysis.of(solutionManager().explain(plan, SolutionUpdatePolicy.UPDATE_ALL), plan);
    }

    /**
     * An incremental score director on {@code plan} for trying moves and undoing them (see {@link WhatIf}),
     * with each constraint's total kept. The plan is worked on in place: pass a private copy.
     */
    public WhatIf whatIf(AlliancePlan plan) {
        DefaultSolutionManager<AlliancePlan, HardMediumSoftLongScore> manager =
                (DefaultSolutionManager<AlliancePlan, HardMediumSoftLongScore>) solutionManager();
        return new WhatIf(manager.getScoreDirectorFactory().buildScoreDirector(false, true), plan);
    }

    /** Built on first use: a process that only solves (the command line's solve) never needs it. */
    private SolutionManager<AlliancePlan, HardMediumSoftLongScore> solutionManager() {
        SolutionManager<AlliancePlan, HardMediumSoftLongScore> manager = solutionManager;
        if (manager == null) {
            synchronized (this) {
                if (solutionManager == null) {
                    solutionManager = SolutionManager.create(SolverFactory.create(parsed(AllianceSolverConfig.RESOURCE)));
                }
                manager = solutionManager;
            }
        }
        return manager;
    }

    private SolverConfig parsed(String resource) {
        return parsed.computeIfAbsent(resource, SolverConfig::createFromXmlResource);
    }

    /** A construction of the organizations, which places none when all are pinned. */
    private static PhaseConfig placingNothing() {
        EntitySelectorConfig placed = new EntitySelectorConfig(Organization.class).withId("pinnedOrganization");
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(placed)
                .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig().withEntitySelectorConfig(
                        new EntitySelectorConfig().withMimicSelectorRef("pinnedOrganization")))));
    }

    /** Organization and JointActivity, each when at least one of them is not pinned. */
    static Set<Class<?>> movableEntityClasses(AlliancePlan problem) {
        Set<Class<?>> movable = new LinkedHashSet<>();
        if (problem.getOrganizations().stream().anyMatch(o -> !o.isPinned())) {
            movable.add(Organization.class);
        }
        if (problem.getActivities() != null && problem.getActivities().stream().anyMatch(a -> !a.isPinned())) {
            movable.add(JointActivity.class);
        }
        return movable;
    }

    /**
     * The phases with each local search moving only the movable entity classes: a selector of
     * entities that are all pinned never finds a move, and spins until it gives up, step after step.
     */
    private static List<PhaseConfig> onlyMoving(List<PhaseConfig> phases, Set<Class<?>> movable) {
        List<PhaseConfig> result = new ArrayList<>();
        for (PhaseConfig phase : phases) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                if (movesOnlyFixed(localSearch.getMoveSelectorConfig(), movable)) {
                    // The calendar's polish when every activity is pinned: nothing it could move.
                    continue;
                }
                LocalSearchPhaseConfig copy = localSearch.copyConfig();
                copy.setMoveSelectorConfig(localSearch.getMoveSelectorConfig() == null ? defaultMoves(movable)
                        : withoutFixed(localSearch.getMoveSelectorConfig(), movable));
                result.add(copy);
            } else if (phase instanceof PartitionedSearchPhaseConfig partitioned && partitioned.getPhaseConfigList() != null) {
                PartitionedSearchPhaseConfig copy = partitioned.copyConfig();
                copy.setPhaseConfigList(onlyMoving(partitioned.getPhaseConfigList(), movable));
                result.add(copy);
            } else {
                result.add(phase);
            }
        }
        return result;
    }

    /** OptaPlanner's default moves (change and swap of each entity class), for the movable classes only. */
    private static MoveSelectorConfig<?> defaultMoves(Set<Class<?>> movable) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        for (Class<?> entityClass : movable) {
            moves.add(new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entityClass)));
            moves.add(new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entityClass)));
        }
        return new UnionMoveSelectorConfig(moves);
    }

    /** A union without the moves of entity classes that cannot move; other selectors as they are. */
    private static MoveSelectorConfig<?> withoutFixed(MoveSelectorConfig<?> moves, Set<Class<?>> movable) {
        if (!(moves instanceof UnionMoveSelectorConfig union) || union.getMoveSelectorList() == null) {
            return moves;
        }
        List<MoveSelectorConfig> kept = new ArrayList<>();
        for (MoveSelectorConfig child : union.getMoveSelectorList()) {
            Class<?> entityClass = entityClassOf(child);
            if (entityClass == null || movable.contains(entityClass)) {
                kept.add(child instanceof UnionMoveSelectorConfig ? withoutFixed(child, movable) : child);
            }
        }
        UnionMoveSelectorConfig copy = union.copyConfig();
        copy.setMoveSelectorList(kept.isEmpty() ? List.copyOf(union.getMoveSelectorList()) : kept);
        return copy;
    }

    /** Whether every move of a union names an entity class that cannot move. */
    private static boolean movesOnlyFixed(MoveSelectorConfig<?> moves, Set<Class<?>> movable) {
        if (!(moves instanceof UnionMoveSelectorConfig union) || union.getMoveSelectorList() == null) {
            return false;
        }
        for (MoveSelectorConfig child : union.getMoveSelectorList()) {
            Class<?> entityClass = entityClassOf(child);
            if (entityClass == null || movable.contains(entityClass)) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> entityClassOf(MoveSelectorConfig<?> selector) {
        EntitySelectorConfig entities = selector instanceof ChangeMoveSelectorConfig change ? change.getEntitySelectorConfig()
                : selector instanceof SwapMoveSelectorConfig swap ? swap.getEntitySelectorConfig() : null;
        return entities == null ? null : entities.getEntityClass();
    }
}
