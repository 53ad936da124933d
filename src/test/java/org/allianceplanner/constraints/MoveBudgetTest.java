package org.allianceplanner.constraints;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.allianceplanner.model.SizeBalance;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** The hard move budget of a rebalancing run: at most rules.maxMoves organizations leave their community. */
class MoveBudgetTest {

    private final ConstraintVerifier<AllianceConstraintProvider, AlliancePlan> verifier = ConstraintVerifier.build(
            new AllianceConstraintProvider(), AlliancePlan.class, Organization.class, Community.class,
            JointActivity.class);

    private final Community east = new Community("east", "东街社区", "桂溪街道", new GeoPoint(30.330, 107.350), 5000, List.of());
    private final Community west = new Community("west", "西街社区", "桂溪街道", new GeoPoint(30.330, 107.340), 5000, List.of());

    /** Five organizations currently in east; the first {@code moved} of them are moved to west. */
    private AlliancePlan plan(Integer maxMoves, int moved) {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Organization o = new Organization("o" + i, "单位" + i, OrganizationType.AGENCY, "桂溪街道",
                    new GeoPoint(30.330, 107.345), 10, Set.of());
            o.setCurrentCommunity(east);
            o.setCommunity(i < moved ? west : east);
            organizations.add(o);
        }
        AllianceWeights weights = new AllianceWeights();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            weights.set(c, 0);
        }
        weights.set(AllianceConstraint.MOVE_BUDGET, 1);
        return PlanPreparation.prepare(new AlliancePlan("budget", new Rules(SizeBalance.EQUAL, null, List.of(), maxMoves),
                List.of(east, west), organizations, weights));
    }

    private Object[] facts(AlliancePlan plan) {
        List<Object> facts = new ArrayList<>(plan.getOrganizations());
        facts.addAll(plan.getCommunities());
        facts.add(plan.getRules());
        return facts.toArray();
    }

    @Test
    void firesByHowManyMovesAreOverTheBudget() {
        AlliancePlan plan = plan(1, 3);
        verifier.verifyThat(AllianceConstraintProvider::moveBudget).given(facts(plan)).penalizesBy(2);
    }

    @Test
    void aBudgetOfZeroForbidsEveryMove() {
        AlliancePlan plan = plan(0, 1);
        verifier.verifyThat(AllianceConstraintProvider::moveBudget).given(facts(plan)).penalizesBy(1);
    }

    @Test
    void doesNotFireWithinTheBudgetOrWithoutOne() {
        verifier.verifyThat(AllianceConstraintProvider::moveBudget).given(facts(plan(3, 3))).penalizes(0);
        verifier.verifyThat(AllianceConstraintProvider::moveBudget).given(facts(plan(null, 5))).penalizes(0);
    }

    @Test
    void scalesWithItsWeight() {
        AlliancePlan plan = plan(1, 4);
        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.ofHard(-3));
        plan.getWeights().set(AllianceConstraint.MOVE_BUDGET, 5);
        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.ofHard(-15));
        plan.getWeights().set(AllianceConstraint.MOVE_BUDGET, 0);
        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.ZERO);
    }
}
