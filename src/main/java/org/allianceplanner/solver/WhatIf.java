package org.allianceplanner.solver;

import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * "What if this unit were there?": an incremental score director on one plan, for trying a move,
 * reading its score and per-constraint totals, and undoing it — the way the solver evaluates a move,
 * never re-solving. The plan is worked on in place, so give it a private copy; close when done.
 */
public final class WhatIf implements AutoCloseable {

    private static final String VARIABLE = "community";

    private final InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director;
    private final AlliancePlan plan;

    WhatIf(InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director, AlliancePlan plan) {
        this.director = director;
        this.plan = plan;
        director.setWorkingSolution(plan);
    }

    /** The score director itself, for what moves more than one variable at a time (the exact phase's tests). */
    InnerScoreDirector<AlliancePlan, HardMediumSoftLongScore> director() {
        return director;
    }

    public AlliancePlan plan() {
        return plan;
    }

    /** Puts the organization in the community (null: unassigned); pins are not checked. */
    public void move(Organization organization, Community community) {
        if (organization.getCommunity() == community) {
            return;
        }
        director.beforeVariableChanged(organization, VARIABLE);
        organization.setCommunity(community);
        director.afterVariableChanged(organization, VARIABLE);
        director.triggerVariableListeners();
    }

    /** The score of the plan as it stands now. */
    public HardMediumSoftLongScore score() {
        return director.calculateScore();
    }

    /** Each constraint's share of the score as the plan stands now, by constraint name; absent is zero. */
    public Map<String, HardMediumSoftLongScore> totals() {
        director.calculateScore();
        Map<String, HardMediumSoftLongScore> totals = new HashMap<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : director.getConstraintMatchTotalMap().values()) {
            totals.merge(total.getConstraintName(), total.getScore(), HardMediumSoftLongScore::add);
        }
        return totals;
    }

    /** A constraint match as the plan stands now: its constraint, score and justification (a Reason). */
    public record Match(String constraint, HardMediumSoftLongScore score, Object justification) {
    }

    /** Every match of the named constraints (all when none named) as the plan stands now. */
    public java.util.List<Match> matches(java.util.Set<String> constraints) {
        director.calculateScore();
        java.util.List<Match> matches = new java.util.ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : director.getConstraintMatchTotalMap().values()) {
            if (!constraints.isEmpty() && !constraints.contains(total.getConstraintName())) {
                continue;
            }
            for (var match : total.getConstraintMatchSet()) {
                matches.add(new Match(total.getConstraintName(), match.getScore(), match.getJustification()));
            }
        }
        return matches;
    }

    @Override
    public void close() {
        director.close();
    }
}
