package org.allianceplanner.solver;

import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * Nearby selection for change moves: an organization tries the communities near it more often,
 * since far ones are penalized by distance and usually forbidden by rules.maxDistanceKm. Reads the
 * distances {@link org.allianceplanner.model.PlanPreparation} computed once per problem. The variable
 * is nullable, so the values include null (unassigned): it is the farthest of all, drawn rarely.
 */
public final class CommunityDistanceMeter implements NearbyDistanceMeter<Organization, Community> {

    @Override
    public double getNearbyDistance(Organization origin, Community destination) {
        return destination == null ? Double.MAX_VALUE : origin.distanceMetresTo(destination);
    }
}
