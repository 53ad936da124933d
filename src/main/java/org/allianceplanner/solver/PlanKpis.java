package org.allianceplanner.solver;

import java.util.HashMap;
import java.util.Map;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;

/**
 * What a planner reads at a glance, computed from the assignment alone (not from the score, whose
 * meaning depends on the weights): how many are placed, how far they travel, how much of the
 * communities' needs are covered (weighted by priority) and how even the alliances are.
 */
public record PlanKpis(
        int organizations,
        int assigned,
        int unassigned,
        double meanDistanceKm,
        double maxDistanceKm,
        double needsCoveredPercent,
        int minMembers,
        double meanMembers,
        int maxMembers,
        int movedFromCurrent) {

    public static PlanKpis of(AlliancePlan plan) {
        Map<Community, Integer> members = new HashMap<>();
        Map<Community, java.util.Set<String>> capabilities = new HashMap<>();
        long totalMetres = 0;
        int maxMetres = 0;
        int assigned = 0;
        int moved = 0;
        for (Organization o : plan.getOrganizations()) {
            Community c = o.getCommunity();
            if (o.isMovedFromCurrent()) {
                moved++;
            }
            if (c == null) {
                continue;
            }
            assigned++;
            int metres = o.distanceMetresTo(c);
            totalMetres += metres;
            maxMetres = Math.max(maxMetres, metres);
            members.merge(c, 1, Integer::sum);
            capabilities.computeIfAbsent(c, k -> new java.util.HashSet<>()).addAll(o.getCapabilities());
        }
        long needWeight = 0;
        long coveredWeight = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Community c : plan.getCommunities()) {
            int count = members.getOrDefault(c, 0);
            min = Math.min(min, count);
            max = Math.max(max, count);
            java.util.Set<String> offered = capabilities.getOrDefault(c, java.util.Set.of());
            for (Need need : c.getNeeds()) {
                needWeight += need.priority();
                if (offered.contains(need.code())) {
                    coveredWeight += need.priority();
                }
            }
        }
        int communities = plan.getCommunities().size();
        return new PlanKpis(
                plan.getOrganizations().size(),
                assigned,
                plan.getOrganizations().size() - assigned,
                round(assigned == 0 ? 0 : totalMetres / 1000.0 / assigned, 2),
                round(maxMetres / 1000.0, 2),
                round(needWeight == 0 ? 100 : 100.0 * coveredWeight / needWeight, 1),
                communities == 0 ? 0 : min,
                round(communities == 0 ? 0 : (double) assigned / communities, 2),
                max,
                moved);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
