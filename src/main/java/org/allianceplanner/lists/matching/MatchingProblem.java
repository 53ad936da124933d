package org.allianceplanner.lists.matching;

import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The matching's planning solution: the open needs to place, the resources, the months left in the year. */
@PlanningSolution
public class MatchingProblem {

    public static final String MONTHS = "months";

    @ProblemFactCollectionProperty
    private List<Offer> offers;
    @PlanningEntityCollectionProperty
    private List<NeedMatch> matches;
    @ValueRangeProvider(id = MONTHS)
    @ProblemFactCollectionProperty
    private List<Integer> months;
    @ConstraintConfigurationProvider
    private MatchingWeights weights;
    @PlanningScore
    private HardMediumSoftLongScore score;

    public MatchingProblem() {
    }

    public MatchingProblem(List<Offer> offers, List<NeedMatch> matches, List<Integer> months, MatchingWeights weights) {
        this.offers = offers;
        this.matches = matches;
        this.months = months;
        this.weights = weights;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public List<NeedMatch> getMatches() {
        return matches;
    }

    public List<Integer> getMonths() {
        return months;
    }

    public MatchingWeights getWeights() {
        return weights;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
