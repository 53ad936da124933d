package org.allianceplanner.datasets;

import java.util.List;
import java.util.Set;

import org.allianceplanner.io.CalendarDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.RulesDocument;

/**
 * The fixed facts a named county dataset is generated from. The curated names come from the
 * catalogue files; everything else that is synthetic (layout, sizes, homes) follows these settings.
 *
 * @param title              the plan's name
 * @param catalogue          prefix of the catalogue resources, as in {@code <catalogue>-units.tsv}
 * @param centre             the town centre: old-town communities are laid out nearest to it
 * @param streets            each street's area; every listed community of a street lies in it
 * @param leftOutCommunities catalogue communities not in the dataset
 * @param populationFactor   scales the population ranges of {@link CommunityCharacter}
 * @param capacity           how minMembers and maxMembers are set
 * @param homedShare         share of units (county leaders aside) that have a home community
 * @param homeRadiusMetres   how far from its home community's centre a unit stands at most
 * @param unitsWithExclusion how many units may not join the community nearest to them
 * @param leaderSeat         where the county leaders sit (the county government), or null
 * @param rules              the dataset's county-wide rules
 * @param calendar           the year its joint activities are planned in
 */
record NamedCounty(
        String title,
        String catalogue,
        LocationDocument centre,
        List<StreetArea> streets,
        Set<String> leftOutCommunities,
        double populationFactor,
        Capacity capacity,
        double homedShare,
        double homeRadiusMetres,
        int unitsWithExclusion,
        LocationDocument leaderSeat,
        RulesDocument rules,
        CalendarDocument calendar) {

    /** A street's area and the grid its communities are laid out on (rows × cols ≥ its communities). */
    record StreetArea(String street, Geo.Box box, int rows, int cols) {
    }

    /**
     * Every alliance has at least {@code minMembers}; at most the larger of {@code maxMembersAtLeast}
     * and {@code headroom} times its expected share of the units, so that a big community's fair share
     * always fits under its maximum.
     */
    record Capacity(int minMembers, int maxMembersAtLeast, double headroom) {
    }
}
