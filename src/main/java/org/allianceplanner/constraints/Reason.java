package org.allianceplanner.constraints;

import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, as a sentence a planner reads (Chinese first, English beside it), with
 * the ids of the organizations and communities it concerns so a page can highlight them.
 */
public record Reason(String zh, String en, List<String> organizations, List<String> communities)
        implements ConstraintJustification {
}
