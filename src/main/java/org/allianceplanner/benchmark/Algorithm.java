package org.allianceplanner.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.solver.AllianceSolverConfig;
import org.allianceplanner.solver.CommunityDistanceMeter;
import org.allianceplanner.solver.OrganizationDifficulty;
import org.allianceplanner.solver.OrganizationDistanceMeter;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The solver configurations the algorithm comparison runs side by side. Each is the shared
 * solverConfig.xml (solution, entities, the Bavet constraint provider) with its own phases and a time
 * limit; all but {@link #SERVICE_DEFAULT} start with the same construction heuristic, so the local
 * search is what differs.
 */
public enum Algorithm {

    /**
     * What the service runs for a county or a city: solverConfig.xml as it is (the construction below,
     * then simulated annealing). A province gets solverConfigLarge.xml in the service; one benchmark
     * runs one configuration on every dataset, so that one is measured by the convergence command.
     */
    SERVICE_DEFAULT("服务现用配置", "the service's configuration (solverConfig.xml)"),
    LATE_ACCEPTANCE("延迟接受", "late acceptance (OptaPlanner's defaults for the type)"),
    TABU_SEARCH("禁忌搜索", "tabu search (OptaPlanner's defaults for the type)"),
    SIMULATED_ANNEALING("模拟退火", "simulated annealing, starting temperature " + Algorithm.SA_TEMPERATURE),
    GREAT_DELUGE("大洪水算法", "great deluge (OptaPlanner's defaults for the type)"),
    NEARBY_LATE_ACCEPTANCE("就近选择+延迟接受",
            "late acceptance with nearby moves: change to near communities, swap with near organizations");

    /**
     * Simulated annealing needs a starting temperature; OptaPlanner has no default. Soft scores are in
     * metres of travel (see AllianceConstraint), so at the start a move costing 2 km is taken about one
     * time in e; hard and medium penalties are never taken on.
     */
    static final String SA_TEMPERATURE = "0hard/0medium/2000soft";
    /** How many of the nearest candidates nearby selection mostly draws from (parabolic distribution). */
    static final int NEAR_COMMUNITIES = 12;
    static final int NEAR_ORGANIZATIONS = 40;

    private final String zh;
    private final String en;

    Algorithm(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /**
     * The construction every configuration but the service's default starts with: first fit decreasing
     * for the organizations (hardest first by {@link OrganizationDifficulty}, each to its best community
     * at that point), then first fit for the joint activities (each to its best date, once the alliances
     * are known). OptaPlanner's FIRST_FIT_DECREASING type cannot be used as such: there are several entity
     * classes and the model declares no difficulty, so the placers are spelt out, one phase each.
     */
    public static List<PhaseConfig> constructionHeuristics() {
        ConstructionHeuristicPhaseConfig organizations = new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(placer(new EntitySelectorConfig()
                        .withEntityClass(Organization.class)
                        .withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(SelectionOrder.SORTED)
                        .withSorterWeightFactoryClass(OrganizationDifficulty.class)
                        .withSorterOrder(SelectionSorterOrder.DESCENDING), "community"));
        ConstructionHeuristicPhaseConfig activities = new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(placer(new EntitySelectorConfig().withEntityClass(JointActivity.class), "date"));
        return List.of(organizations, activities);
    }

    /** Places each entity the selector gives in turn, trying every value of its variable. */
    private static QueuedEntityPlacerConfig placer(EntitySelectorConfig entities, String variableName) {
        String id = "construction-" + entities.getEntityClass().getSimpleName();
        return new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(entities.withId(id))
                .withMoveSelectorConfigs(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(id))
                        .withValueSelectorConfig(new ValueSelectorConfig().withVariableName(variableName)));
    }

    private static SolverConfig withLocalSearch(SolverConfig config, LocalSearchPhaseConfig localSearch) {
        List<PhaseConfig> phases = new ArrayList<>(constructionHeuristics());
        phases.add(localSearch);
        return config.withPhaseList(phases);
    }

    /** The full solver configuration, stopped after {@code timeLimit}. */
    public SolverConfig solverConfig(Duration timeLimit) {
        SolverConfig config = AllianceSolverConfig.base()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
        return switch (this) {
            case SERVICE_DEFAULT -> config;
            case LATE_ACCEPTANCE -> withLocalSearch(config,
                    new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE));
            case TABU_SEARCH -> withLocalSearch(config,
                    new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH));
            case GREAT_DELUGE -> withLocalSearch(config,
                    new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.GREAT_DELUGE));
            case SIMULATED_ANNEALING -> withLocalSearch(config, new LocalSearchPhaseConfig()
                    .withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withAcceptorTypeList(List.of(AcceptorType.SIMULATED_ANNEALING))
                            .withSimulatedAnnealingStartingTemperature(SA_TEMPERATURE))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
            case NEARBY_LATE_ACCEPTANCE -> withLocalSearch(config, new LocalSearchPhaseConfig()
                    .withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                    .withMoveSelectorConfig(nearbyMoves()));
        };
    }

    /**
     * Change moves of an organization to a community near it, swaps of an organization with one near
     * it, and the joint activities' ordinary change moves, so that dated activities still move.
     * Nearby selection needs its origin from a selector with an id (a mimic recorder).
     */
    static UnionMoveSelectorConfig nearbyMoves() {
        String changeOrigin = "nearbyChangeOrigin";
        String swapOrigin = "nearbySwapOrigin";
        ChangeMoveSelectorConfig nearCommunity = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId(changeOrigin)
                        .withEntityClass(Organization.class))
                .withValueSelectorConfig(new ValueSelectorConfig().withNearbySelectionConfig(new NearbySelectionConfig()
                        .withOriginEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(changeOrigin))
                        .withNearbyDistanceMeterClass(CommunityDistanceMeter.class)
                        .withParabolicDistributionSizeMaximum(NEAR_COMMUNITIES)));
        SwapMoveSelectorConfig nearOrganization = new SwapMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId(swapOrigin)
                        .withEntityClass(Organization.class))
                .withSecondaryEntitySelectorConfig(new EntitySelectorConfig().withEntityClass(Organization.class)
                        .withNearbySelectionConfig(new NearbySelectionConfig()
                                .withOriginEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(swapOrigin))
                                .withNearbyDistanceMeterClass(OrganizationDistanceMeter.class)
                                .withParabolicDistributionSizeMaximum(NEAR_ORGANIZATIONS)));
        ChangeMoveSelectorConfig activityDate = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withEntityClass(JointActivity.class));
        return new UnionMoveSelectorConfig().withMoveSelectors(nearCommunity, nearOrganization, activityDate);
    }
}
