package org.allianceplanner.model;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Which score level a constraint penalizes: hard rules, leaving units unassigned, or preferences. */
public enum ConstraintLevel {
    HARD, MEDIUM, SOFT;

    public HardMediumSoftLongScore score(long weight) {
        return switch (this) {
            case HARD -> HardMediumSoftLongScore.ofHard(weight);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(weight);
            case SOFT -> HardMediumSoftLongScore.ofSoft(weight);
        };
    }

    public long weightOf(HardMediumSoftLongScore score) {
        return switch (this) {
            case HARD -> score.hardScore();
            case MEDIUM -> score.mediumScore();
            case SOFT -> score.softScore();
        };
    }
}
