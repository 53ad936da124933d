package org.allianceplanner.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.PlanParts;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.partitionedsearch.partitioner.SolutionPartitioner;

/**
 * Partitioned search by street (街道): locality first means nearly every unit ends up in a
 * community of its own street, so a street with its units is an almost independent problem. Large
 * inputs (a city, a province) are solved street by street in parallel, then polished as a whole.
 * A unit whose street has no community goes with the street of its nearest community.
 */
public final class StreetPartitioner implements SolutionPartitioner<AlliancePlan> {

    @Override
    public List<AlliancePlan> splitWorkingSolution(ScoreDirector<AlliancePlan> scoreDirector,
            Integer runnablePartThreadLimit) {
        return split(scoreDirector.getWorkingSolution());
    }

    /** One part per street that has communities. */
    public List<AlliancePlan> split(AlliancePlan plan) {
        Map<String, List<Community>> communitiesByStreet = new LinkedHashMap<>();
        for (Community community : plan.getCommunities()) {
            communitiesByStreet.computeIfAbsent(street(community.getStreet()), k -> new ArrayList<>()).add(community);
        }
        Map<String, List<Organization>> organizationsByStreet = new LinkedHashMap<>();
        for (Organization organization : plan.getOrganizations()) {
            String street = street(organization.getStreet());
            if (!communitiesByStreet.containsKey(street)) {
                street = street(nearest(organization, plan.getCommunities()).getStreet());
            }
            organizationsByStreet.computeIfAbsent(street, k -> new ArrayList<>()).add(organization);
        }
        List<AlliancePlan> parts = new ArrayList<>(communitiesByStreet.size());
        communitiesByStreet.forEach((street, communities) -> parts.add(
                PlanParts.part(plan, communities, organizationsByStreet.getOrDefault(street, List.of()))));
        return parts;
    }

    private static String street(String street) {
        return street == null ? "" : street;
    }

    private static Community nearest(Organization organization, List<Community> communities) {
        Community nearest = communities.get(0);
        for (Community community : communities) {
            if (organization.distanceMetresTo(community) < organization.distanceMetresTo(nearest)) {
                nearest = community;
            }
        }
        return nearest;
    }
}
