package org.allianceplanner.model;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One county's allocation problem and, once solved, its plan: every organization in one community.
 * Build it through {@link PlanPreparation#prepare} so that distances and targets are computed once.
 */
@PlanningSolution
public class AlliancePlan {

    public static final String COMMUNITY_RANGE = "communities";

    private String name;
    /** The area the plan is for; adoption and rebalancing work per scope. */
    private String scope;
    @ProblemFactProperty
    private Rules rules = Rules.defaults();
    @PlanningEntityCollectionProperty
    @ValueRangeProvider(id = COMMUNITY_RANGE)
    private List<Community> communities = new ArrayList<>();
    @PlanningEntityCollectionProperty
    private List<Organization> organizations = new ArrayList<>();
    /** The year the joint activities are planned for; null when the plan is an allocation only. */
    @ProblemFactProperty
    private ActivityCalendar calendar;
    private List<ActivityType> activityTypes = List.of();
    @PlanningEntityCollectionProperty
    private List<JointActivity> activities = new ArrayList<>();
    @ConstraintConfigurationProvider
    private AllianceWeights weights = new AllianceWeights();
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Names of need and capability codes: the shared vocabulary and the problem's own entries. */
    private Vocabulary vocabulary = Vocabulary.SHARED;

    public AlliancePlan() {
    }

    public AlliancePlan(String name, Rules rules, List<Community> communities, List<Organization> organizations,
            AllianceWeights weights) {
        this.name = name;
        this.rules = rules;
        this.communities = new ArrayList<>(communities);
        this.organizations = new ArrayList<>(organizations);
        this.weights = weights;
    }

    public String getName() {
        return name;
    }

    /** A plan renamed in the plan list keeps its scope: the scope is set on its own. */
    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public Rules getRules() {
        return rules;
    }

    public List<Community> getCommunities() {
        return communities;
    }

    public List<Organization> getOrganizations() {
        return organizations;
    }

    public ActivityCalendar getCalendar() {
        return calendar;
    }

    public List<ActivityType> getActivityTypes() {
        return activityTypes;
    }

    public List<JointActivity> getActivities() {
        return activities;
    }

    /** Plans the joint activities of the year too: every alliance's activities of every type. */
    public void setCalendar(ActivityCalendar calendar, List<ActivityType> activityTypes,
            List<JointActivity> activities) {
        this.calendar = calendar;
        this.activityTypes = List.copyOf(activityTypes);
        this.activities = new ArrayList<>(activities);
    }

    public AllianceWeights getWeights() {
        return weights;
    }

    public void setWeights(AllianceWeights weights) {
        this.weights = weights;
    }

    public Vocabulary getVocabulary() {
        return vocabulary;
    }

    public void setVocabulary(Vocabulary vocabulary) {
        this.vocabulary = vocabulary == null ? Vocabulary.SHARED : vocabulary;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
