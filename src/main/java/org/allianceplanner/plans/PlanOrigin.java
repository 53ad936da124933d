package org.allianceplanner.plans;

/** Where a plan came from. */
public enum PlanOrigin {
    /** Submitted by a planner. */
    SUBMITTED,
    /** The demo submitted at a fresh start. */
    DEMO,
    /** A proposal of the rebalancing job for an adopted plan whose master data changed. */
    REBALANCE,
    /** A demo dataset picked on the page ({@code source}: its name). */
    DATASET,
    /** A file uploaded on the page, JSON or a workbook ({@code source}: the file's name). */
    IMPORT,
    /** A plan changed by hand and solved again ({@code basedOn}: the plan it started from). */
    RESOLVE;

    /** The origins a client may name when it submits; the others are the service's own. */
    public boolean submittable() {
        return this == SUBMITTED || this == DATASET || this == IMPORT || this == RESOLVE;
    }
}
