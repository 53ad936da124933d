package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.testing.SmallCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.partitionedsearch.PartitionedSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The solver's safety net, in the style of OptaPlanner's own examples: small problems solved with
 * the service's configurations, stopped by step count (never by the clock, so the result does not
 * depend on the machine), REPRODUCIBLE to an exact score, and FAST_ASSERT and FULL_ASSERT, which
 * recompute the score from scratch and fail on any difference with the incremental one (score
 * corruption), on the county configuration and on the partitioned one forced onto a small problem.
 */
@DisplayName("求解器冒烟测试 Solver smoke test")
class SolverSmokeTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    /** SmallCounty (6 communities in 2 streets, 30 organizations) with a joint meeting per alliance. */
    private static AlliancePlan county() {
        return PlanMapper.read(countyJson().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ObjectNode countyJson() {
        ObjectNode problem = SmallCounty.problem("smoke");
        problem.putObject("calendar").put("year", 2026).putArray("holidays").add("2026-10-01/2026-10-07");
        // One meeting per alliance in three weeks of May: the calendar rules in play, at a size
        // FULL_ASSERT (which scores every move from scratch) gets through in seconds.
        problem.putArray("activityTypes").addObject().put("code", "JOINT_MEETING").put("name", "联席会议")
                .put("nameEn", "joint meeting").put("cadence", "WINDOW").put("window", "2026-05-11/2026-05-29")
                .put("dayKind", "WORKDAY");
        return problem;
    }

    @Test
    @DisplayName("REPRODUCIBLE：同样的步数得到同样的分数 / the same steps give the same score, exactly")
    void reproducible() {
        AlliancePlan first = solve(county(), AllianceSolverConfig.RESOURCE, EnvironmentMode.REPRODUCIBLE, 400);
        AlliancePlan second = solve(county(), AllianceSolverConfig.RESOURCE, EnvironmentMode.REPRODUCIBLE, 400);

        assertThat(first.getScore()).isEqualTo(second.getScore());
        assertThat(first.getScore()).isEqualTo(HardMediumSoftLongScore.parseScore(EXPECTED_SCORE));
        assertThat(first.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
        assertThat(first.getActivities()).hasSize(6).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
    }

    /**
     * What 400 steps of the county configuration reach on this problem. It changes when the search
     * (solverConfig.xml) or the constraints change, and only then: take the new value from the failure.
     */
    private static final String EXPECTED_SCORE = "0hard/0medium/-54913soft";

    @Test
    @DisplayName("FAST_ASSERT：县级配置 / the county configuration")
    void fastAssert() {
        AlliancePlan solved = solve(county(), AllianceSolverConfig.RESOURCE, EnvironmentMode.FAST_ASSERT, 300);
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getScore()).isEqualTo(SOLVERS.score(solved));
    }

    @Test
    @DisplayName("FULL_ASSERT：县级配置 / the county configuration")
    void fullAssert() {
        AlliancePlan solved = solve(county(), AllianceSolverConfig.RESOURCE, EnvironmentMode.FULL_ASSERT, 60);
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
    }

    @Test
    @DisplayName("FULL_ASSERT：分区配置用于小问题 / the partitioned configuration forced onto a small problem")
    void fullAssertPartitioned() {
        AlliancePlan solved = solve(county(), AllianceSolverConfig.LARGE_RESOURCE, EnvironmentMode.FULL_ASSERT, 40);
        assertThat(solved.getScore().isSolutionInitialized()).isTrue();
        assertThat(solved.getOrganizations()).allSatisfy(o -> assertThat(o.getCommunity()).isNotNull());
    }

    @Test
    @DisplayName("没有可动的就只评分 / with nothing movable the plan is scored, not searched")
    void nothingMovableIsOnlyScored() {
        AlliancePlan problem = solve(county(), AllianceSolverConfig.RESOURCE, EnvironmentMode.REPRODUCIBLE, 50);
        problem.getOrganizations().forEach(o -> o.setPinned(true));
        problem.getActivities().forEach(a -> a.setPinned(true));
        HardMediumSoftLongScore before = problem.getScore();
        problem.setScore(null);

        SolverConfig config = SOLVERS.config(problem, SolveLimits.of(Duration.ofHours(1)));
        assertThat(config.getPhaseConfigList()).noneMatch(p -> p instanceof LocalSearchPhaseConfig);
        // An hour's limit, yet it ends at once: nothing spins over pinned entities.
        AlliancePlan solved = SOLVERS.solve(problem, SolveLimits.of(Duration.ofHours(1)));
        assertThat(solved.getScore()).isEqualTo(before);
    }

    @Test
    @DisplayName("只有日期可动时只移动活动 / with the allocation pinned only activities move")
    void onlyTheMovableKindMoves() {
        ObjectNode json = countyJson();
        json.get("organizations").forEach(o -> ((ObjectNode) o).put("community", "c1").put("pinned", true));
        AlliancePlan problem = PlanMapper.read(json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(AllianceSolvers.movableEntityClasses(problem)).containsExactly(JointActivity.class);
        SolverConfig config = SOLVERS.config(problem, SolveLimits.of(Duration.ofSeconds(1)));
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().stream()
                .filter(p -> p instanceof LocalSearchPhaseConfig).findFirst().orElseThrow();
        List<org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig> leaves = new ArrayList<>();
        localSearch.getMoveSelectorConfig().extractLeafMoveSelectorConfigsIntoList(leaves);
        assertThat(leaves).isNotEmpty().extracting(SolverSmokeTest::entityClass).containsOnly(JointActivity.class);

        AlliancePlan solved = solve(problem, AllianceSolverConfig.RESOURCE, EnvironmentMode.FAST_ASSERT, 100);
        assertThat(solved.getOrganizations()).extracting(Organization::getCommunity)
                .containsOnly(solved.getCommunities().get(0));
        assertThat(solved.getActivities()).allSatisfy(a -> assertThat(a.getDate()).isNotNull());
    }

    @Test
    @DisplayName("设置生效：环境模式与移动线程 / the settings reach the configuration")
    void settingsReachTheConfiguration() {
        AllianceSolvers checked = new AllianceSolvers(new AllianceSolvers.Settings(EnvironmentMode.FAST_ASSERT, "2"));
        SolverConfig config = checked.config(county(), SolveLimits.of(Duration.ofSeconds(3)));
        assertThat(config.getEnvironmentMode()).isEqualTo(EnvironmentMode.FAST_ASSERT);
        assertThat(config.getMoveThreadCount()).isEqualTo("2");
        assertThat(config.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(3));
        assertThat(SOLVERS.config(county(), SolveLimits.of(Duration.ofSeconds(3))).getEnvironmentMode())
                .as("unset keeps the configuration's").isNull();
    }

    private static Class<?> entityClass(org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig<?> move) {
        if (move instanceof ChangeMoveSelectorConfig change) {
            return change.getEntitySelectorConfig().getEntityClass();
        }
        return move instanceof SwapMoveSelectorConfig swap ? swap.getEntitySelectorConfig().getEntityClass() : null;
    }

    /**
     * Solves with the service's configuration from {@code resource}, in {@code mode}, each local
     * search stopped after {@code steps} steps and nothing stopped by the clock.
     */
    private static AlliancePlan solve(AlliancePlan problem, String resource, EnvironmentMode mode, int steps) {
        SolverConfig config = resource.equals(AllianceSolverConfig.RESOURCE)
                ? SOLVERS.config(problem, SolveLimits.of(Duration.ofHours(1)))
                : AllianceSolverConfig.withLimits(SolverConfig.createFromXmlResource(resource),
                        SolveLimits.of(Duration.ofHours(1)));
        config.setTerminationConfig(null);
        config.setEnvironmentMode(mode);
        config.setPhaseConfigList(stoppedBySteps(config.getPhaseConfigList(), steps, mode));
        return SolverFactory.<AlliancePlan>create(config).buildSolver().solve(problem);
    }

    /**
     * The exact phase is bounded by the clock alone: dropped where the same steps must give the same score,
     * kept with two seconds where the assertions check that what it hands back is scored right.
     */
    private static List<PhaseConfig> stoppedBySteps(List<PhaseConfig> phases, int steps, EnvironmentMode mode) {
        List<PhaseConfig> result = new ArrayList<>();
        for (PhaseConfig phase : phases) {
            if (AllianceSolverConfig.isExact(phase)) {
                if (mode != EnvironmentMode.REPRODUCIBLE) {
                    result.add(new CustomPhaseConfig().withCustomPhaseCommands(new ExactAllocationPhase(Duration.ofSeconds(2), 1)));
                }
            } else if (phase instanceof LocalSearchPhaseConfig localSearch) {
                result.add(localSearch.copyConfig().withTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
            } else if (phase instanceof PartitionedSearchPhaseConfig partitioned) {
                PartitionedSearchPhaseConfig copy = partitioned.copyConfig();
                // The parts end by their step counts. The phase needs a termination of its own to be
                // followed by another, and its part threads accept only a clock: a guard far beyond
                // what the steps take, so the steps decide.
                copy.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMinutes(10)));
                copy.setPhaseConfigList(stoppedBySteps(partitioned.getPhaseConfigList(), steps, mode));
                result.add(copy);
            } else {
                result.add(phase);
            }
        }
        return result;
    }
}
