package org.allianceplanner.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four roles, highest first. Each includes the ones below it (administrator &gt; approver &gt;
 * planner &gt; viewer): an approver may also do what a planner does, a planner what a viewer does.
 * Their names in both languages are the message codes {@code role.<NAME>}.
 */
public enum Role {
    /** 管理员: users, tokens, settings; and everything below. */
    ADMINISTRATOR,
    /** 审定人: adopts plans and rebalancing proposals (approves them); reads the audit trail. */
    APPROVER,
    /** 规划员: submits, stops, renames and archives plans, edits master data, starts rebalancing. */
    PLANNER,
    /** 查阅人: reads plans, analysis, calendar, diffs and exports. */
    VIEWER;

    /** Spring Security's role hierarchy in its own notation. */
    static final String HIERARCHY = "ROLE_ADMINISTRATOR > ROLE_APPROVER\nROLE_APPROVER > ROLE_PLANNER\n"
            + "ROLE_PLANNER > ROLE_VIEWER";

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role may do what {@code other} may (itself or one below it). */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }
}
