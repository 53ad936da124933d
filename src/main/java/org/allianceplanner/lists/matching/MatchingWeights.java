package org.allianceplanner.lists.matching;

import java.util.Map;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The weight of each matching rule; a request may override any by name (0 switches it off). Hard:
 * capacities, resource months and meeting months; medium: needs left without a proposal (by
 * urgency); soft: resources from outside the alliance, late months (by priority), the responsible
 * units' load.
 */
@ConstraintConfiguration(constraintPackage = MatchingWeights.PACKAGE)
public class MatchingWeights {

    public static final String PACKAGE = "org.allianceplanner.lists";

    public static final String OFFER_CAPACITY = "offerCapacity";
    public static final String OFFER_MONTH = "offerMonth";
    public static final String MEETING_MONTH = "meetingMonth";
    public static final String UNMATCHED_NEED = "unmatchedNeed";
    public static final String OUTSIDE_ALLIANCE = "outsideAlliance";
    public static final String LATE_MONTH = "lateMonth";
    public static final String UNIT_LOAD = "unitLoad";

    /** Every rule and its default weight, in order. */
    public static final Map<String, HardMediumSoftLongScore> DEFAULTS = Map.of(
            OFFER_CAPACITY, HardMediumSoftLongScore.ofHard(1),
            OFFER_MONTH, HardMediumSoftLongScore.ofHard(1),
            MEETING_MONTH, HardMediumSoftLongScore.ofHard(1),
            UNMATCHED_NEED, HardMediumSoftLongScore.ofMedium(1),
            OUTSIDE_ALLIANCE, HardMediumSoftLongScore.ofSoft(10),
            LATE_MONTH, HardMediumSoftLongScore.ofSoft(1),
            UNIT_LOAD, HardMediumSoftLongScore.ofSoft(1));

    @ConstraintWeight(OFFER_CAPACITY)
    private HardMediumSoftLongScore offerCapacity = DEFAULTS.get(OFFER_CAPACITY);
    @ConstraintWeight(OFFER_MONTH)
    private HardMediumSoftLongScore offerMonth = DEFAULTS.get(OFFER_MONTH);
    @ConstraintWeight(MEETING_MONTH)
    private HardMediumSoftLongScore meetingMonth = DEFAULTS.get(MEETING_MONTH);
    @ConstraintWeight(UNMATCHED_NEED)
    private HardMediumSoftLongScore unmatchedNeed = DEFAULTS.get(UNMATCHED_NEED);
    @ConstraintWeight(OUTSIDE_ALLIANCE)
    private HardMediumSoftLongScore outsideAlliance = DEFAULTS.get(OUTSIDE_ALLIANCE);
    @ConstraintWeight(LATE_MONTH)
    private HardMediumSoftLongScore lateMonth = DEFAULTS.get(LATE_MONTH);
    @ConstraintWeight(UNIT_LOAD)
    private HardMediumSoftLongScore unitLoad = DEFAULTS.get(UNIT_LOAD);

    public MatchingWeights() {
    }

    /** The defaults with {@code rule} weighing {@code weight} times its default level. */
    public static MatchingWeights with(String rule, long weight) {
        MatchingWeights w = new MatchingWeights();
        w.set(rule, weight);
        return w;
    }

    /** Every rule off but {@code rule}, weighing {@code weight} times its level (for tests and comparisons). */
    public static MatchingWeights only(String rule, long weight) {
        MatchingWeights w = new MatchingWeights();
        DEFAULTS.keySet().forEach(r -> w.set(r, 0));
        w.set(rule, weight);
        return w;
    }

    private void set(String rule, long weight) {
        HardMediumSoftLongScore unit = DEFAULTS.get(rule);
        if (unit == null) {
            throw new IllegalArgumentException("No matching rule " + rule);
        }
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(Long.signum(unit.hardScore()) * weight,
                Long.signum(unit.mediumScore()) * weight, Long.signum(unit.softScore()) * weight);
        switch (rule) {
            case OFFER_CAPACITY -> offerCapacity = score;
            case OFFER_MONTH -> offerMonth = score;
            case MEETING_MONTH -> meetingMonth = score;
            case UNMATCHED_NEED -> unmatchedNeed = score;
            case OUTSIDE_ALLIANCE -> outsideAlliance = score;
            case LATE_MONTH -> lateMonth = score;
            default -> unitLoad = score;
        }
    }
}
