package org.allianceplanner.solver;

import org.allianceplanner.model.Organization;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * Nearby selection for swap moves: two neighbouring organizations are the ones whose swap can
 * improve both locality and balance; swapping with a unit across the county rarely does.
 */
public final class OrganizationDistanceMeter implements NearbyDistanceMeter<Organization, Organization> {

    @Override
    public double getNearbyDistance(Organization origin, Organization destination) {
        return origin.getLocation().metresTo(destination.getLocation());
    }
}
