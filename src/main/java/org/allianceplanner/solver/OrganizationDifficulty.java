package org.allianceplanner.solver;

import java.util.Comparator;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionSorterWeightFactory;

/**
 * How hard an organization is to place, for the first-fit-decreasing construction of solverConfig.xml
 * and of the algorithm benchmark: the fewer communities it may join (not excluded, within the distance
 * limit) the harder; then the farther the nearest of them, the harder; then the more party members
 * (the harder to balance). Placing the hardest first leaves the easy ones to fill the gaps.
 */
public final class OrganizationDifficulty implements SelectionSorterWeightFactory<AlliancePlan, Organization> {

    /** Greater is harder. */
    public record Weight(int allowedCommunities, int nearestAllowedMetres, int partyMembers, String id)
            implements Comparable<Weight> {

        private static final Comparator<Weight> ORDER = Comparator
                .comparingInt((Weight w) -> -w.allowedCommunities)
                .thenComparingInt(Weight::nearestAllowedMetres)
                .thenComparingInt(Weight::partyMembers)
                // Only for a deterministic order among equals.
                .thenComparing(Weight::id, Comparator.reverseOrder());

        @Override
        public int compareTo(Weight other) {
            return ORDER.compare(this, other);
        }
    }

    @Override
    public Weight createSorterWeight(AlliancePlan plan, Organization organization) {
        int allowed = 0;
        int nearest = Integer.MAX_VALUE;
        for (Community community : plan.getCommunities()) {
            if (organization.getExcludedCommunities().contains(community) || organization.isTooFarFrom(community)) {
                continue;
            }
            allowed++;
            nearest = Math.min(nearest, organization.distanceMetresTo(community));
        }
        return new Weight(allowed, nearest, organization.getPartyMembers(), organization.getId());
    }
}
