package org.allianceplanner.constraints;

import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, as a sentence a planner reads (Chinese first, English beside it), with
 * the ids of the organizations, communities and joint activities it concerns so a page can
 * highlight them.
 */
public record Reason(String zh, String en, List<String> organizations, List<String> communities,
        List<String> activities) implements ConstraintJustification {

    /** A reason about the allocation only. */
    public Reason(String zh, String en, List<String> organizations, List<String> communities) {
        this(zh, en, organizations, communities, List.of());
    }
}
