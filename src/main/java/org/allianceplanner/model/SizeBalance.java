package org.allianceplanner.model;

/** What "balanced numbers" (数量均衡) measures each alliance against. */
public enum SizeBalance {
    /** Every community gets an equal share of the organizations. */
    EQUAL,
    /** Shares follow the communities' populations. */
    BY_POPULATION
}
