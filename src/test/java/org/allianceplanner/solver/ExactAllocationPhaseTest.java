package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanPreparation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The exact phase: where it runs (small problems, units to place), that it reaches the optimum, that a
 * stop ends it, and that it hands back a plan only when the whole score is no worse, its activities
 * moved off a new member's blackout dates first.
 */
@DisplayName("精确阶段 Exact phase")
@RequiresCpSat
class ExactAllocationPhaseTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    private static AlliancePlan dataset(String name) {
        return PlanMapper.toModel(Datasets.generate(name, Datasets.COMMITTED_SEED));
    }

    @Test
    @DisplayName("小问题有精确阶段，较大问题在时间够时才有，全部单位固定时没有 / small problems get the phase, larger ones with time enough, fully pinned ones never")
    void theConfigurationFollowsTheProblem() {
        SolveLimits limits = SolveLimits.of(Duration.ofSeconds(30));
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(dataset(Datasets.HEJIANG), limits)))
                .hasValueSatisfying(exact -> assertThat(exact.budget()).isEqualTo(Duration.ofMillis(16_500)));

        SolverConfig dianjiang = SOLVERS.config(dataset(Datasets.DIANJIANG), limits);
        assertThat(AllianceSolverConfig.exactPhase(dianjiang)).isEmpty();
        List<PhaseConfig> phases = dianjiang.getPhaseConfigList();
        assertThat(((LocalSearchPhaseConfig) phases.get(phases.size() - 2)).getTerminationConfig().getSpentLimit())
                .as("the annealing leaves the polish its share").isEqualTo(Duration.ofMillis(26_400));
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(dataset(Datasets.DIANJIANG),
                SolveLimits.of(Duration.ofSeconds(46))))).as("4,680 pairs need 47 s").isEmpty();
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(dataset(Datasets.DIANJIANG),
                SolveLimits.of(Duration.ofSeconds(60))))).hasValueSatisfying(
                        exact -> assertThat(exact.budget()).isEqualTo(Duration.ofMillis(33_000)));
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(dataset(Datasets.CITY),
                SolveLimits.of(Duration.ofSeconds(300))))).as("the city's 600,000 pairs").isEmpty();

        AlliancePlan pinned = dataset(Datasets.HEJIANG);
        pinned.getOrganizations().forEach(o -> {
            o.setCommunity(o.getHomeCommunity());
            o.setPinned(true);
        });
        assertThat(AllianceSolverConfig.exactPhase(SOLVERS.config(pinned, limits))).isEmpty();
        assertThat(SOLVERS.config(pinned, limits).getPhaseConfigList()).noneMatch(AllianceSolverConfig::isExact);
    }

    @Test
    @DisplayName("小随机实例：构造之后精确阶段达到穷举的最优 / after the construction the phase reaches the enumerated optimum")
    void reachesTheEnumeratedOptimum() {
        int improved = 0;
        int feasible = 0;
        for (int instance = 0; instance < 15; instance++) {
            long[] optimum = AllocationBoundTest.enumerate(AllocationBoundTest.smallInstance(new Random(300 + instance)));
            if (optimum == null) {
                continue;
            }
            feasible++;
            HardMediumSoftLongScore constructed = solve(AllocationBoundTest.smallInstance(new Random(300 + instance)), null)
                    .getScore();
            HardMediumSoftLongScore exact = solve(AllocationBoundTest.smallInstance(new Random(300 + instance)),
                    new ExactAllocationPhase(Duration.ofSeconds(3), 1)).getScore();
            assertThat(exact.hardScore()).as("instance %d", instance).isZero();
            assertThat(new long[] {-exact.mediumScore(), -exact.softScore()}).as("instance %d", instance)
                    .containsExactly(optimum);
            if (!exact.equals(constructed)) {
                improved++;
            }
        }
        assertThat(feasible).isGreaterThan(5);
        assertThat(improved).as("instances where the construction alone was not optimal").isPositive();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // guards a hang only: the phase's budget is ten minutes
    @DisplayName("停止求解时精确阶段立即结束，方案不变差 / a stop ends the phase at once, the plan no worse")
    void aStopEndsThePhase() {
        HardMediumSoftLongScore constructed = solve(dataset(Datasets.HEJIANG), null).getScore();
        ExactAllocationPhase phase = new ExactAllocationPhase(Duration.ofMinutes(10), 2);
        long stopAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        phase.stopWhen(() -> System.nanoTime() > stopAt);

        AlliancePlan result = solve(dataset(Datasets.HEJIANG), phase);

        assertThat(result.getScore()).isGreaterThanOrEqualTo(constructed);
    }

    @Test
    @DisplayName("新成员的禁用日上的活动改期后再比较；更差的方案整个撤回 / activities leave a new member's blackout; a worse plan is undone")
    void redatesBlackoutsAndUndoesAWorsePlan() {
        AlliancePlan plan = solve(dataset(Datasets.JINTANG_ZHAOZHEN), null);
        Map<String, String> constructed = AllocationColumns.assignmentOf(plan);
        Map<String, String> optimal = AllocationBound.compute(plan, Duration.ofSeconds(10), 1).assignment();
        // A unit that the optimum moves, with a blackout on the date of a joint activity of its new alliance.
        Organization moved = plan.getOrganizations().stream()
                .filter(o -> optimal.get(o.getId()) != null && !optimal.get(o.getId()).equals(constructed.get(o.getId())))
                .findFirst().orElseThrow();
        JointActivity visit = plan.getActivities().stream()
                .filter(a -> a.getCommunity().getId().equals(optimal.get(moved.getId())))
                .findFirst().orElseThrow();
        LocalDate blackout = visit.getDate();
        moved.setBlackoutDates(List.of(new DateRange(blackout, blackout)));
        PlanPreparation.prepare(plan);

        try (WhatIf director = SOLVERS.whatIf(plan)) {
            HardMediumSoftLongScore before = director.score();
            String outcome = ExactAllocationPhase.adoptIfNoWorse(director.director(), optimal);

            assertThat(outcome).startsWith("kept");
            assertThat(AllocationColumns.assignmentOf(plan)).isEqualTo(optimal);
            assertThat(visit.getDate()).isNotEqualTo(blackout);
            HardMediumSoftLongScore after = director.score();
            assertThat(after.hardScore()).isEqualTo(before.hardScore());
            assertThat(after).isGreaterThan(before);

            Map<String, LocalDate> dates = dates(plan);
            outcome = ExactAllocationPhase.adoptIfNoWorse(director.director(), constructed);

            assertThat(outcome).startsWith("undone");
            assertThat(AllocationColumns.assignmentOf(plan)).isEqualTo(optimal);
            assertThat(dates(plan)).isEqualTo(dates);
            assertThat(director.score()).isEqualTo(after);
        }
    }

    /** Solves with the constructions, then {@code exact} if given; no local search. */
    private static AlliancePlan solve(AlliancePlan problem, ExactAllocationPhase exact) {
        SolverConfig config = AllianceSolverConfig.base();
        List<PhaseConfig> phases = config.getPhaseConfigList();
        config.setPhaseConfigList(exact == null ? List.of(phases.get(0), phases.get(1))
                : List.of(phases.get(0), phases.get(1), new CustomPhaseConfig().withCustomPhaseCommands(exact)));
        return SolverFactory.<AlliancePlan>create(config).buildSolver().solve(problem);
    }

    private static Map<String, LocalDate> dates(AlliancePlan plan) {
        Map<String, LocalDate> dates = new HashMap<>();
        plan.getActivities().forEach(a -> dates.put(a.getId(), a.getDate()));
        return dates;
    }
}
