package org.allianceplanner.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Cadence;
import org.allianceplanner.model.ConstraintLevel;

/**
 * Weights that cannot overflow the score. Each weight is at most {@link #MAX_WEIGHT}; and for the
 * problem at hand, the largest penalty every constraint could reach (its weight times a bound on
 * the sum of its matches: all units as far apart as the Earth allows, every unit in one alliance,
 * every activity on one day...) must add up, per score level, to less than 2^62. With the default
 * weights a problem of 20,000 units, 5,000 communities and 20,000 party members a unit stays far
 * below; only weights near the maximum on such a problem are refused.
 */
public final class ScoreBounds {

    /** The largest weight of any one constraint. */
    public static final long MAX_WEIGHT = 1_000_000L;

    /** Half of Earth's circumference, rounded up: no two points are farther apart, in metres. */
    static final double MAX_METRES = 20_100_000;

    private static final double LIMIT = Math.pow(2, 62);

    private ScoreBounds() {
    }

    /** Whether some score level of this (otherwise valid) problem could leave the range of a long. */
    static boolean overflows(PlanDocument plan) {
        Map<AllianceConstraint, Long> weights = new EnumMap<>(AllianceConstraint.class);
        for (AllianceConstraint c : AllianceConstraint.values()) {
            Long given = plan.weights() == null ? null : plan.weights().get(c.id());
            weights.put(c, given == null ? c.defaultWeight() : given);
        }
        Map<ConstraintLevel, Double> levels = new EnumMap<>(ConstraintLevel.class);
        Map<AllianceConstraint, Double> bounds = bounds(plan);
        for (AllianceConstraint c : AllianceConstraint.values()) {
            levels.merge(c.level(), weights.get(c) * bounds.get(c), Double::sum);
        }
        return levels.values().stream().anyMatch(total -> !(total < LIMIT));
    }

    /** For each constraint, a bound on the sum of its match weights (at weight 1) in this problem. */
    static Map<AllianceConstraint, Double> bounds(PlanDocument plan) {
        List<OrganizationDocument> organizations = nonNull(plan.organizations());
        List<CommunityDocument> communities = nonNull(plan.communities());
        double n = organizations.size();
        double c = communities.size();
        double partyMembers = organizations.stream().map(OrganizationDocument::partyMembers).filter(Objects::nonNull)
                .mapToDouble(Integer::doubleValue).sum();
        double minMembers = communities.stream().map(CommunityDocument::minMembers).filter(Objects::nonNull)
                .mapToDouble(Integer::doubleValue).sum();
        double needs = communities.stream().mapToDouble(x -> 3.0 * nonNull(x.needs()).size()).sum();
        double members = 2 * n + c + minMembers;
        double activities = c * activitiesPerCommunity(plan);
        double days = 3 * 366;
        double gap = plan.calendar() == null || plan.calendar().minGapDays() == null ? 7
                : plan.calendar().minGapDays();
        double perDay = plan.calendar() == null ? 0 : Math.max(
                plan.calendar().reviewsPerDay() == null ? 0 : plan.calendar().reviewsPerDay(),
                plan.calendar().maxActivitiesPerStreetPerDay() == null ? 0
                        : plan.calendar().maxActivitiesPerStreetPerDay());
        Map<AllianceConstraint, Double> bounds = new EnumMap<>(AllianceConstraint.class);
        for (AllianceConstraint k : AllianceConstraint.values()) {
            bounds.put(k, switch (k) {
                case COMMUNITY_OVER_MAX, COMMUNITY_UNDER_MIN, TYPE_QUOTA, EXCLUDED_COMMUNITY, MAX_DISTANCE,
                        MOVE_BUDGET, UNASSIGNED, HOME_COMMUNITY, OUTSIDE_STREET, IDLE_MEMBER, STABILITY -> members;
                case DISTANCE -> n * MAX_METRES;
                case UNCOVERED_NEED -> needs;
                case SIZE_BALANCE, TYPE_DIVERSITY -> members * members;
                case PARTY_MEMBER_BALANCE -> 4 * partyMembers * partyMembers / 100 + c;
                case ACTIVITY_ON_HOLIDAY, ACTIVITY_DAY_KIND, ACTIVITY_OUTSIDE_WINDOW -> activities;
                case MEMBER_BLACKOUT -> activities * (n + 1);
                case THEMED_PARTY_DAY -> activities * days;
                case REVIEW_PANEL_CAPACITY, STREET_DAILY_LOAD -> activities + perDay;
                case ALLIANCE_SAME_DAY, ACTIVITY_SPREAD -> activities * activities;
                case ACTIVITY_GAP -> activities * activities * (gap + days);
            });
        }
        return bounds;
    }

    /** The activities a community has a year: of the given types, or of the four ones. */
    private static double activitiesPerCommunity(PlanDocument plan) {
        if (plan.calendar() == null) {
            return 0;
        }
        if (plan.activityTypes() == null) {
            return 12 + 4 + 2 + 1;
        }
        return plan.activityTypes().stream().filter(Objects::nonNull)
                .mapToDouble(t -> (t.cadence() == null ? Cadence.MONTHLY : t.cadence()).windowsPerYear()
                        * (t.perWindow() == null ? 1 : t.perWindow()))
                .sum();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
