package org.allianceplanner.io;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The JSON a planner submits and gets back: the problem, and once solved or drawn by hand, each
 * organization's {@code community} and, when there is a {@code calendar}, each joint activity's
 * {@code date}. {@code scope} names the area the plan is for (a county, a
 * street); adoption and rebalancing work per scope, and it defaults to the name. {@code score} is
 * output only; it is ignored on input so that a returned plan can be submitted again as it is.
 */
public record PlanDocument(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String scope,
        @NotEmpty @Valid List<@NotNull CommunityDocument> communities,
        @NotEmpty @Size(max = PlanDocument.MAX_ORGANIZATIONS) @Valid List<@NotNull OrganizationDocument> organizations,
        @Valid RulesDocument rules,
        @Valid CalendarDocument calendar,
        @Valid List<@NotNull ActivityTypeDocument> activityTypes,
        Map<String, Long> weights,
        @Valid List<@NotNull ActivityDocument> activities,
        @Valid @Size(max = 500) List<@NotNull VocabularyEntryDocument> vocabulary,
        String score) {

    /** The most organizations a plan may have (a province has 20,000). */
    public static final int MAX_ORGANIZATIONS = 40_000;

    /** A document without own vocabulary entries. */
    public PlanDocument(String name, String scope, List<CommunityDocument> communities,
            List<OrganizationDocument> organizations, RulesDocument rules, CalendarDocument calendar,
            List<ActivityTypeDocument> activityTypes, Map<String, Long> weights, List<ActivityDocument> activities,
            String score) {
        this(name, scope, communities, organizations, rules, calendar, activityTypes, weights, activities, null, score);
    }

    public PlanDocument withVocabulary(List<VocabularyEntryDocument> newVocabulary) {
        return new PlanDocument(name, scope, communities, organizations, rules, calendar, activityTypes, weights,
                activities, newVocabulary, score);
    }

    public PlanDocument withScope(String newScope) {
        return new PlanDocument(name, newScope, communities, organizations, rules, calendar, activityTypes, weights,
                activities, vocabulary, score);
    }

    public PlanDocument withCommunities(List<CommunityDocument> newCommunities) {
        return new PlanDocument(name, scope, newCommunities, organizations, rules, calendar, activityTypes, weights,
                activities, vocabulary, score);
    }

    public PlanDocument withOrganizations(List<OrganizationDocument> newOrganizations) {
        return new PlanDocument(name, scope, communities, newOrganizations, rules, calendar, activityTypes, weights,
                activities, vocabulary, score);
    }

    public PlanDocument withRules(RulesDocument newRules) {
        return new PlanDocument(name, scope, communities, organizations, newRules, calendar, activityTypes, weights,
                activities, vocabulary, score);
    }

    public PlanDocument withWeights(Map<String, Long> newWeights) {
        return new PlanDocument(name, scope, communities, organizations, rules, calendar, activityTypes, newWeights,
                activities, vocabulary, score);
    }

    public PlanDocument withActivities(List<ActivityDocument> newActivities) {
        return new PlanDocument(name, scope, communities, organizations, rules, calendar, activityTypes, weights,
                newActivities, vocabulary, score);
    }

    public PlanDocument withScore(String newScore) {
        return new PlanDocument(name, scope, communities, organizations, rules, calendar, activityTypes, weights,
                activities, vocabulary, newScore);
    }

    /** Each organization passed through {@code change}. */
    public PlanDocument mapOrganizations(java.util.function.UnaryOperator<OrganizationDocument> change) {
        return withOrganizations(organizations.stream().map(change).toList());
    }
}
