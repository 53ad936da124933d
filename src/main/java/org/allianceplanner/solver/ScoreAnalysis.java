package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.allianceplanner.constraints.Reason;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Why a plan has its score: for every constraint in the catalogue, its weight, its share of the
 * score and every match as a sentence naming the organization and community. OptaPlanner 10.1 has
 * no ScoreAnalysis API, so this is built from the explanation's {@link Reason} justifications.
 */
public record ScoreAnalysis(String score, boolean feasible, List<ConstraintResult> constraints) {

    public record ConstraintResult(String name, String zh, String en, String level, long weight, String unitZh,
            String unitEn, String score, long impact, int matchCount, List<Match> matches) {
    }

    public record Match(String score, long impact, String zh, String en, List<String> organizations,
            List<String> communities) {
    }

    /** The analysis of an explanation of {@code plan} (made by {@link AllianceSolvers#explain}). */
    static ScoreAnalysis of(ScoreExplanation<AlliancePlan, HardMediumSoftLongScore> explanation, AlliancePlan plan) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = explanation.getConstraintMatchTotalMap();
        List<ConstraintResult> results = new ArrayList<>();
        for (AllianceConstraint constraint : AllianceConstraint.values()) {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.values().stream()
                    .filter(t -> t.getConstraintName().equals(constraint.id())).findFirst().orElse(null);
            HardMediumSoftLongScore score = total == null ? HardMediumSoftLongScore.ZERO : total.getScore();
            List<Match> matches = total == null ? List.of() : total.getConstraintMatchSet().stream()
                    .map(m -> match(constraint, m))
                    .sorted(Comparator.comparingLong(Match::impact).thenComparing(Match::zh))
                    .toList();
            results.add(new ConstraintResult(constraint.id(), constraint.zh(), constraint.en(),
                    constraint.level().name(), plan.getWeights().get(constraint), constraint.unitZh(),
                    constraint.unitEn(), score.toString(), constraint.level().weightOf(score), matches.size(),
                    matches));
        }
        HardMediumSoftLongScore score = explanation.getScore();
        return new ScoreAnalysis(score.toString(), score.isFeasible(), results);
    }

    private static Match match(AllianceConstraint constraint, ConstraintMatch<HardMediumSoftLongScore> match) {
        Reason reason = match.getJustification();
        return new Match(match.getScore().toString(), constraint.level().weightOf(match.getScore()),
                reason.zh(), reason.en(), reason.organizations(), reason.communities());
    }
}
