package org.allianceplanner.model;

/**
 * How many members of one type an alliance must have: {@code min} and/or {@code max}, each optional.
 * "Exactly one COUNTY_LEADER" is min 1, max 1; "at least one AGENCY" is min 1.
 */
public record TypeQuota(OrganizationType type, Integer min, Integer max) {

    /** How far {@code count} members of this type are outside the quota; 0 when inside. */
    public int violation(int count) {
        if (min != null && count < min) {
            return min - count;
        }
        if (max != null && count > max) {
            return count - max;
        }
        return 0;
    }
}
