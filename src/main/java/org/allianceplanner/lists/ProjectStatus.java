package org.allianceplanner.lists;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A project's status: 待认领 (a proposal awaiting a claim) → 已认领 → 实施中 → 已完成, or 已撤销 from any
 * status that is not final. {@link #TRANSITIONS} is the whole table; any other change is refused (409).
 */
public enum ProjectStatus {
    UNCLAIMED("待认领", "awaiting a claim"),
    CLAIMED("已认领", "claimed"),
    IN_PROGRESS("实施中", "in progress"),
    DONE("已完成", "completed"),
    CANCELLED("已撤销", "cancelled");

    /** The legal transitions: from each status, the statuses it may move to. */
    public static final Map<ProjectStatus, Set<ProjectStatus>> TRANSITIONS = Map.of(
            UNCLAIMED, EnumSet.of(CLAIMED, CANCELLED),
            CLAIMED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(DONE, CANCELLED),
            DONE, EnumSet.noneOf(ProjectStatus.class),
            CANCELLED, EnumSet.noneOf(ProjectStatus.class));

    private final String zh;
    private final String en;

    ProjectStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean canMoveTo(ProjectStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }

    /** Claimed, in progress or completed: a project the county counts. */
    public boolean isClaimed() {
        return this == CLAIMED || this == IN_PROGRESS || this == DONE;
    }

    /** Not cancelled: the need has a project (proposed or claimed). */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
