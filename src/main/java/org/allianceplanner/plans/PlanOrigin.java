package org.allianceplanner.plans;

/** Where a plan came from. */
public enum PlanOrigin {
    /** Submitted by a planner. */
    SUBMITTED,
    /** The demo submitted at a fresh start. */
    DEMO,
    /** A proposal of the rebalancing job for an adopted plan whose master data changed. */
    REBALANCE
}
