package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * All 26 constraints together, allocation and calendar, on {@link EveryRuleBrokenCounty}: each one's match
 * weight, the total under the default weights worked out by hand, and each weight acting on its own constraint
 * only.
 */
@DisplayName("全部约束与权重 Every constraint and its weight")
class EveryConstraintTest {

    private static final Map<AllianceConstraint, BiFunction<AllianceConstraintProvider, ConstraintFactory, Constraint>>
            METHODS = new EnumMap<>(AllianceConstraint.class);

    static {
        METHODS.put(AllianceConstraint.COMMUNITY_OVER_MAX, AllianceConstraintProvider::communityOverMax);
        METHODS.put(AllianceConstraint.COMMUNITY_UNDER_MIN, AllianceConstraintProvider::communityUnderMin);
        METHODS.put(AllianceConstraint.EXCLUDED_COMMUNITY, AllianceConstraintProvider::excludedCommunity);
        METHODS.put(AllianceConstraint.MAX_DISTANCE, AllianceConstraintProvider::maxDistance);
        METHODS.put(AllianceConstraint.TYPE_QUOTA, AllianceConstraintProvider::typeQuota);
        METHODS.put(AllianceConstraint.MOVE_BUDGET, AllianceConstraintProvider::moveBudget);
        METHODS.put(AllianceConstraint.UNASSIGNED, AllianceConstraintProvider::unassigned);
        METHODS.put(AllianceConstraint.DISTANCE, AllianceConstraintProvider::distance);
        METHODS.put(AllianceConstraint.HOME_COMMUNITY, AllianceConstraintProvider::homeCommunity);
        METHODS.put(AllianceConstraint.OUTSIDE_STREET, AllianceConstraintProvider::outsideStreet);
        METHODS.put(AllianceConstraint.UNCOVERED_NEED, AllianceConstraintProvider::uncoveredNeed);
        METHODS.put(AllianceConstraint.IDLE_MEMBER, AllianceConstraintProvider::idleMember);
        METHODS.put(AllianceConstraint.SIZE_BALANCE, AllianceConstraintProvider::sizeBalance);
        METHODS.put(AllianceConstraint.PARTY_MEMBER_BALANCE, AllianceConstraintProvider::partyMemberBalance);
        METHODS.put(AllianceConstraint.TYPE_DIVERSITY, AllianceConstraintProvider::typeDiversity);
        METHODS.put(AllianceConstraint.STABILITY, AllianceConstraintProvider::stability);
        METHODS.put(AllianceConstraint.ACTIVITY_ON_HOLIDAY, AllianceConstraintProvider::activityOnHoliday);
        METHODS.put(AllianceConstraint.ACTIVITY_DAY_KIND, AllianceConstraintProvider::activityDayKind);
        METHODS.put(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW, AllianceConstraintProvider::activityOutsideWindow);
        METHODS.put(AllianceConstraint.REVIEW_PANEL_CAPACITY, AllianceConstraintProvider::reviewPanelCapacity);
        METHODS.put(AllianceConstraint.ALLIANCE_SAME_DAY, AllianceConstraintProvider::allianceSameDay);
        METHODS.put(AllianceConstraint.MEMBER_BLACKOUT, AllianceConstraintProvider::memberBlackout);
        METHODS.put(AllianceConstraint.THEMED_PARTY_DAY, AllianceConstraintProvider::themedPartyDay);
        METHODS.put(AllianceConstraint.ACTIVITY_GAP, AllianceConstraintProvider::activityGap);
        METHODS.put(AllianceConstraint.STREET_DAILY_LOAD, AllianceConstraintProvider::streetDailyLoad);
        METHODS.put(AllianceConstraint.ACTIVITY_SPREAD, AllianceConstraintProvider::activitySpread);
    }

    /** The score of {@link EveryRuleBrokenCounty} under the default weights (stability off). */
    static final HardMediumSoftLongScore DEFAULTS = HardMediumSoftLongScore.of(-12, -1, -38_450);

    @Test
    @DisplayName("目录中的每个约束都有对应的方法和匹配权重 / every catalogue constraint has its method and match weight")
    void everyCatalogueConstraintIsCovered() {
        assertThat(METHODS.keySet()).containsExactlyInAnyOrder(AllianceConstraint.values());
        assertThat(EveryRuleBrokenCounty.MATCH_WEIGHTS.keySet()).containsExactlyInAnyOrder(AllianceConstraint.values());
        assertThat(EveryRuleBrokenCounty.MATCH_WEIGHTS.values()).allSatisfy(w -> assertThat(w).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("每个约束的匹配权重（未加权）/ each constraint's unweighted match weight")
    void matchWeight(AllianceConstraint constraint) {
        EveryRuleBrokenCounty county = new EveryRuleBrokenCounty();
        county.plan();

        VERIFIER.verifyThat(METHODS.get(constraint)).given(county.fixture.facts())
                .penalizesBy(EveryRuleBrokenCounty.MATCH_WEIGHTS.get(constraint));
    }

    @Test
    @DisplayName("默认权重下的总分：-12硬/-1中/-38450软 / total under the default weights")
    void totalUnderDefaultWeights() {
        AlliancePlan plan = new EveryRuleBrokenCounty().plan();

        // hard: over max, under min, excluded, too far, quota, move budget = 6,
        //       + holiday, day kind, window, review panel, same day, blackout = 6 more: 12;
        // medium: 1 unassigned;
        // soft: 11100 m + 3000 home + 1500 street + 3×2000 needs + 2×1000 idle + 1×1500 size
        //       + 93×50 party members (38 % + 55 % off) + 3×500 same-type pairs + 0 stability (off by default) = 31250,
        //       + 3×1000 themed party day + 7×300 gap + 1×2000 street load + 1×100 spread = 7200 more: 38450.
        VERIFIER.verifyThat().givenSolution(plan).scores(DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("只开一个约束：权重w、2w、0 / only this constraint on, at w, 2w and 0")
    void onlyThisConstraint(AllianceConstraint constraint) {
        EveryRuleBrokenCounty county = new EveryRuleBrokenCounty();
        county.plan();
        long w = constraint.defaultWeight() == 0 ? 700 : constraint.defaultWeight();
        long matchWeight = EveryRuleBrokenCounty.MATCH_WEIGHTS.get(constraint);

        county.fixture.assertScoreWithOnly(constraint, w, AllianceFixture.penalty(constraint, w, matchWeight));
        county.fixture.assertScoreWithOnly(constraint, 2 * w, AllianceFixture.penalty(constraint, 2 * w, matchWeight));
        county.fixture.assertScoreWithOnly(constraint, 0, HardMediumSoftLongScore.ZERO);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AllianceConstraint.class)
    @DisplayName("其他约束保持默认，加1000权重只改变本约束那一级 / +1000 weight moves only its own level")
    void raisingOneWeightAmongDefaults(AllianceConstraint constraint) {
        AlliancePlan plan = new EveryRuleBrokenCounty().plan();
        long matchWeight = EveryRuleBrokenCounty.MATCH_WEIGHTS.get(constraint);
        HardMediumSoftLongScore defaults = DEFAULTS;
        AllianceWeights raised = new AllianceWeights();
        raised.set(constraint, constraint.defaultWeight() + 1_000);
        plan.setWeights(raised);

        HardMediumSoftLongScore expected = defaults.add(AllianceFixture.penalty(constraint, 1_000, matchWeight));
        VERIFIER.verifyThat().givenSolution(plan).scores(expected);
    }

    @Test
    @DisplayName("全部权重为0时总分为0 / all weights 0 give a zero score")
    void allWeightsZero() {
        AlliancePlan plan = new EveryRuleBrokenCounty().plan();
        AllianceWeights off = new AllianceWeights();
        for (AllianceConstraint constraint : AllianceConstraint.values()) {
            off.set(constraint, 0);
        }
        plan.setWeights(off);

        VERIFIER.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.ZERO);
    }
}
