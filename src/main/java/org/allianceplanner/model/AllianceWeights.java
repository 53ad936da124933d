package org.allianceplanner.model;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of every constraint for one problem, defaults from {@link AllianceConstraint}. A request
 * overrides any of them by name; weight 0 switches a constraint off. Each field is named after its
 * constraint's id, which {@code AllianceWeightsTest} checks.
 */
@ConstraintConfiguration(constraintPackage = AllianceWeights.CONSTRAINT_PACKAGE)
public class AllianceWeights {

    public static final String CONSTRAINT_PACKAGE = "org.allianceplanner";

    @ConstraintWeight("communityOverMax")
    private HardMediumSoftLongScore communityOverMax = defaultOf(AllianceConstraint.COMMUNITY_OVER_MAX);
    @ConstraintWeight("communityUnderMin")
    private HardMediumSoftLongScore communityUnderMin = defaultOf(AllianceConstraint.COMMUNITY_UNDER_MIN);
    @ConstraintWeight("excludedCommunity")
    private HardMediumSoftLongScore excludedCommunity = defaultOf(AllianceConstraint.EXCLUDED_COMMUNITY);
    @ConstraintWeight("maxDistance")
    private HardMediumSoftLongScore maxDistance = defaultOf(AllianceConstraint.MAX_DISTANCE);
    @ConstraintWeight("typeQuota")
    private HardMediumSoftLongScore typeQuota = defaultOf(AllianceConstraint.TYPE_QUOTA);
    @ConstraintWeight("moveBudget")
    private HardMediumSoftLongScore moveBudget = defaultOf(AllianceConstraint.MOVE_BUDGET);
    @ConstraintWeight("unassigned")
    private HardMediumSoftLongScore unassigned = defaultOf(AllianceConstraint.UNASSIGNED);
    @ConstraintWeight("distance")
    private HardMediumSoftLongScore distance = defaultOf(AllianceConstraint.DISTANCE);
    @ConstraintWeight("homeCommunity")
    private HardMediumSoftLongScore homeCommunity = defaultOf(AllianceConstraint.HOME_COMMUNITY);
    @ConstraintWeight("outsideStreet")
    private HardMediumSoftLongScore outsideStreet = defaultOf(AllianceConstraint.OUTSIDE_STREET);
    @ConstraintWeight("uncoveredNeed")
    private HardMediumSoftLongScore uncoveredNeed = defaultOf(AllianceConstraint.UNCOVERED_NEED);
    @ConstraintWeight("idleMember")
    private HardMediumSoftLongScore idleMember = defaultOf(AllianceConstraint.IDLE_MEMBER);
    @ConstraintWeight("sizeBalance")
    private HardMediumSoftLongScore sizeBalance = defaultOf(AllianceConstraint.SIZE_BALANCE);
    @ConstraintWeight("partyMemberBalance")
    private HardMediumSoftLongScore partyMemberBalance = defaultOf(AllianceConstraint.PARTY_MEMBER_BALANCE);
    @ConstraintWeight("typeDiversity")
    private HardMediumSoftLongScore typeDiversity = defaultOf(AllianceConstraint.TYPE_DIVERSITY);
    @ConstraintWeight("stability")
    private HardMediumSoftLongScore stability = defaultOf(AllianceConstraint.STABILITY);
    @ConstraintWeight("activityOnHoliday")
    private HardMediumSoftLongScore activityOnHoliday = defaultOf(AllianceConstraint.ACTIVITY_ON_HOLIDAY);
    @ConstraintWeight("activityDayKind")
    private HardMediumSoftLongScore activityDayKind = defaultOf(AllianceConstraint.ACTIVITY_DAY_KIND);
    @ConstraintWeight("activityOutsideWindow")
    private HardMediumSoftLongScore activityOutsideWindow = defaultOf(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW);
    @ConstraintWeight("reviewPanelCapacity")
    private HardMediumSoftLongScore reviewPanelCapacity = defaultOf(AllianceConstraint.REVIEW_PANEL_CAPACITY);
    @ConstraintWeight("allianceSameDay")
    private HardMediumSoftLongScore allianceSameDay = defaultOf(AllianceConstraint.ALLIANCE_SAME_DAY);
    @ConstraintWeight("memberBlackout")
    private HardMediumSoftLongScore memberBlackout = defaultOf(AllianceConstraint.MEMBER_BLACKOUT);
    @ConstraintWeight("themedPartyDay")
    private HardMediumSoftLongScore themedPartyDay = defaultOf(AllianceConstraint.THEMED_PARTY_DAY);
    @ConstraintWeight("activityGap")
    private HardMediumSoftLongScore activityGap = defaultOf(AllianceConstraint.ACTIVITY_GAP);
    @ConstraintWeight("streetDailyLoad")
    private HardMediumSoftLongScore streetDailyLoad = defaultOf(AllianceConstraint.STREET_DAILY_LOAD);
    @ConstraintWeight("activitySpread")
    private HardMediumSoftLongScore activitySpread = defaultOf(AllianceConstraint.ACTIVITY_SPREAD);

    public AllianceWeights() {
    }

    /** Defaults with the given overrides; the caller has checked names and signs. */
    public static AllianceWeights withOverrides(Map<String, Long> overrides) {
        AllianceWeights weights = new AllianceWeights();
        overrides.forEach((id, weight) -> {
            AllianceConstraint constraint = AllianceConstraint.byId(id)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown constraint \"" + id + "\"."));
            weights.set(constraint, weight);
        });
        return weights;
    }

    public long get(AllianceConstraint constraint) {
        return constraint.level().weightOf((HardMediumSoftLongScore) read(field(constraint)));
    }

    public void set(AllianceConstraint constraint, long weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("Weight of " + constraint.id() + " must not be negative: " + weight);
        }
        write(field(constraint), constraint.level().score(weight));
    }

    /** Every constraint's weight by id, in catalogue order. */
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        for (AllianceConstraint constraint : AllianceConstraint.values()) {
            map.put(constraint.id(), get(constraint));
        }
        return map;
    }

    private static HardMediumSoftLongScore defaultOf(AllianceConstraint constraint) {
        return constraint.level().score(constraint.defaultWeight());
    }

    private static Field field(AllianceConstraint constraint) {
        try {
            return AllianceWeights.class.getDeclaredField(constraint.id());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("AllianceWeights has no field for constraint " + constraint.id(), e);
        }
    }

    private Object read(Field field) {
        try {
            return field.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Field field, Object value) {
        try {
            field.set(this, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
