package org.allianceplanner.lists.matching;

/**
 * Where a resource comes from, seen from a need: a member of the need's own alliance first, then a
 * unit in the same street, then county-wide. {@link #cost()} is what the matching pays for it.
 */
public enum Tier {
    OWN_ALLIANCE(0),
    SAME_STREET(1),
    COUNTY(3);

    private final int cost;

    Tier(int cost) {
        this.cost = cost;
    }

    public int cost() {
        return cost;
    }
}
