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
 * <p>
 * The fields after {@code movedFromCurrent} came later and stay after it, since JSON readers and the
 * page take them by name but stored rows written before have only the first ones.
 *
 * @param membersStdDev     population standard deviation of the members per alliance, over every
 *                          community (empty ones count as 0)
 * @param partyMembersGini  Gini coefficient of the party members per alliance over every community:
 *                          0 when every alliance has as many, towards 1 when one has them all
 * @param needsCoveredPercent the priority-weighted share of needs a member serves; null when the problem has no needs
 * @param allocationSoft   the soft score of the allocation constraints alone (the calendar's left out), what the
 *                          optimality bound is compared with
 * @param awayFromHome      organizations that stand in a community (驻区单位) but are placed in another
 */
public record PlanKpis(
        int organizations,
        int assigned,
        int unassigned,
        double meanDistanceKm,
        double maxDistanceKm,
        Double needsCoveredPercent,
        int minMembers,
        double meanMembers,
        int maxMembers,
        int movedFromCurrent,
        double membersStdDev,
        double partyMembersGini,
        int awayFromHome,
        Long allocationSoft) {

    public static PlanKpis of(AlliancePlan plan) {
        Map<Community, Integer> members = new HashMap<>();
        Map<Community, java.util.Set<String>> capabilities = new HashMap<>();
        long totalMetres = 0;
        int maxMetres = 0;
        Map<Community, Long> partyMembers = new HashMap<>();
        int assigned = 0;
        int moved = 0;
        int away = 0;
        for (Organization o : plan.getOrganizations()) {
            Community c = o.getCommunity();
            if (o.isMovedFromCurrent()) {
                moved++;
            }
            if (c == null) {
                continue;
            }
            assigned++;
            if (o.isAwayFromHome()) {
                away++;
            }
            int metres = o.distanceMetresTo(c);
            totalMetres += metres;
            maxMetres = Math.max(maxMetres, metres);
            members.merge(c, 1, Integer::sum);
            partyMembers.merge(c, (long) o.getPartyMembers(), Long::sum);
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
        double[] memberCounts = plan.getCommunities().stream().mapToDouble(c -> members.getOrDefault(c, 0)).toArray();
        double[] partyCounts = plan.getCommunities().stream().mapToDouble(c -> partyMembers.getOrDefault(c, 0L))
                .toArray();
        return new PlanKpis(
                plan.getOrganizations().size(),
                assigned,
                plan.getOrganizations().size() - assigned,
                round(assigned == 0 ? 0 : totalMetres / 1000.0 / assigned, 2),
                round(maxMetres / 1000.0, 2),
                needWeight == 0 ? null : round(100.0 * coveredWeight / needWeight, 1),
                communities == 0 ? 0 : min,
                round(communities == 0 ? 0 : (double) assigned / communities, 2),
                max,
                moved,
                round(standardDeviation(memberCounts), 2),
                round(gini(partyCounts), 3),
                away,
                -AllocationModel.softCost(plan));
    }

    /** Population standard deviation; 0 for no values. */
    static double standardDeviation(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    /**
     * Gini coefficient: the mean absolute difference over all ordered pairs divided by twice the mean,
     * computed on the sorted values. 0 when all are equal or all are 0.
     */
    static double gini(double[] values) {
        int n = values.length;
        double total = java.util.Arrays.stream(values).sum();
        if (n == 0 || total <= 0) {
            return 0;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        // Sum over pairs of |x_i - x_j| = 2 * sum_i (2i - n + 1) x_i for sorted x, i from 0.
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * i - n + 1) * sorted[i];
        }
        return weighted / (n * total);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
