package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.allianceplanner.datasets.CountyShapes;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.TypeQuota;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick relaxation's bound is sound (never above the optimum, nor any plan), and tight where it leaves
 * nothing out: with party-member balance and uncovered needs off, it is the optimum itself.
 */
@DisplayName("快速松弛下界 Quick relaxation bound")
class AllocationLagrangianTest {

    private static final AllianceSolvers SOLVERS = AllianceSolvers.withDefaults();

    private static AllocationLagrangian.Result relaxed(AlliancePlan plan, int unassigned) {
        return new AllocationLagrangian(plan, plan.getOrganizations().size() - unassigned, 1)
                .run(5, null, SearchStop.none());
    }

    @Test
    @DisplayName("小随机实例：下界不超过穷举的最优值 / on small random instances never above the enumerated optimum")
    void neverAboveTheEnumeratedOptimum() {
        Random random = new Random(23);
        int compared = 0;
        for (int instance = 0; instance < 40; instance++) {
            AlliancePlan plan = AllocationBoundTest.smallInstance(random);
            if (instance % 3 == 0) {
                // A unit pinned where it is must be placed in every plan: its multiplier is free.
                Organization pinned = plan.getOrganizations().get(random.nextInt(plan.getOrganizations().size()));
                pinned.setCommunity(plan.getCommunities().get(random.nextInt(plan.getCommunities().size())));
                pinned.setPinned(true);
                PlanPreparation.prepare(plan);
            }
            long[] optimum = AllocationBoundTest.enumerate(plan);
            if (optimum == null) {
                continue;
            }
            AllocationLagrangian.Result result = relaxed(plan, (int) optimum[0]);
            assertThat(result).as("instance %d", instance).isNotNull();
            assertThat(result.bound()).as("instance %d", instance).isLessThanOrEqualTo(optimum[1]);
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }

    @Test
    @DisplayName("不计党员均衡与需求覆盖时，下界即最优值 / with party balance and needs off, the bound is the optimum")
    void tightWhereNothingIsLeftOut() {
        Random random = new Random(29);
        int compared = 0;
        for (int instance = 0; instance < 30; instance++) {
            AlliancePlan plan = AllocationBoundTest.smallInstance(random);
            plan.getWeights().set(AllianceConstraint.PARTY_MEMBER_BALANCE, 0);
            plan.getWeights().set(AllianceConstraint.UNCOVERED_NEED, 0);
            long[] optimum = AllocationBoundTest.enumerate(plan);
            if (optimum == null || plan.getRules().maxMoves() != null) {
                continue; // the move budget is left out of the relaxation: no longer tight
            }
            // The relaxation is then a flow problem with convex costs: no gap between it and its dual.
            assertThat(relaxed(plan, (int) optimum[0]).bound()).as("instance %d", instance).isEqualTo(optimum[1]);
            compared++;
        }
        assertThat(compared).isGreaterThan(15);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Datasets.DIANJIANG, Datasets.HEJIANG, Datasets.JINTANG_ZHAOZHEN, CountyShapes.RIVER_CITY,
            CountyShapes.OVER_CONSTRAINED})
    @DisplayName("下界不高于求解所得方案 / never above a solved plan's cost")
    void neverAboveASolvedPlan(String dataset) {
        AlliancePlan solved = SOLVERS.solve(PlanMapper.toModel(Datasets.generate(dataset, Datasets.COMMITTED_SEED)),
                SolveLimits.of(Duration.ofSeconds(2)));
        assertThat(solved.getScore().hardScore()).isZero();
        int unassigned = (int) -solved.getScore().mediumScore();
        AllocationLagrangian.Result result = new AllocationLagrangian(solved, solved.getOrganizations().size() - unassigned,
                2).run(10, AllocationModel.softCost(solved), SearchStop.none());
        assertThat(result.bound()).isPositive().isLessThanOrEqualTo(AllocationModel.softCost(solved));
    }

    @Test
    @DisplayName("成本超出可表示范围时只给平凡下界 0 / pair costs beyond the sort keys' range give the trivial bound 0")
    void pairsTooDearForTheSortKeysGiveTheTrivialBound() {
        AlliancePlan plan = PlanMapper.toModel(Datasets.generate(Datasets.JINTANG_ZHAOZHEN, Datasets.COMMITTED_SEED));
        // Beyond the weights input allows: it stands for a unit 1,100 km off (bad coordinates) at the greatest one.
        plan.getWeights().set(AllianceConstraint.DISTANCE, 1_000_000_000L);
        AllocationLagrangian.Result result = relaxed(plan, 0);
        assertThat(result.bound()).isZero();
        assertThat(result.iterations()).isZero();
    }

    @Test
    @DisplayName("社区的硬性规则无法满足时不给下界 / no bound when a community's hard rules cannot be kept")
    void noBoundWhenACommunityCannotKeepItsRules() {
        AlliancePlan plan = PlanMapper.toModel(Datasets.generate(Datasets.JINTANG_ZHAOZHEN, Datasets.COMMITTED_SEED));
        Community first = plan.getCommunities().get(0);
        first.setTypeQuotas(List.of(new TypeQuota(OrganizationType.COUNTY_LEADER, 1000, null)));
        PlanPreparation.prepare(plan);
        assertThat(relaxed(plan, 0)).isNull();
    }

}
