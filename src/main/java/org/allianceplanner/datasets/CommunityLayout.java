package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.allianceplanner.datasets.Catalogue.CommunityEntry;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.model.SizeBalance;

/**
 * Turns catalogue communities into community documents: places them on their street's grid (old
 * town nearest the centre, the urban fringe outermost), gives each a population and needs from its
 * character, and sets member limits so that every alliance's fair share fits.
 */
final class CommunityLayout {

    private CommunityLayout() {
    }

    static List<CommunityDocument> build(NamedCounty county, List<CommunityEntry> entries, int unitCount,
            SplittableRandom random) {
        SplittableRandom layoutRandom = random.split();
        SplittableRandom populationRandom = random.split();
        SplittableRandom needsRandom = random.split();
        Map<String, LocationDocument> locations = locate(county, entries, layoutRandom);
        int[] populations = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            populations[i] = entries.get(i).character().drawPopulation(county.populationFactor(), populationRandom);
        }
        long totalPopulation = 0;
        for (int population : populations) {
            totalPopulation += population;
        }
        List<CommunityDocument> communities = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            CommunityEntry entry = entries.get(i);
            double share = byPopulation(county.rules())
                    ? (double) unitCount * populations[i] / totalPopulation
                    : (double) unitCount / entries.size();
            NamedCounty.Capacity capacity = county.capacity();
            int maxMembers = Math.max(capacity.maxMembersAtLeast(), (int) Math.ceil(capacity.headroom() * share));
            communities.add(new CommunityDocument(entry.id(), entry.name(), entry.street(), locations.get(entry.id()),
                    populations[i], entry.character().drawNeeds(entry.reportedNeeds(), needsRandom),
                    capacity.minMembers(), maxMembers, null));
        }
        return communities;
    }

    private static boolean byPopulation(RulesDocument rules) {
        return rules != null && rules.sizeBalance() == SizeBalance.BY_POPULATION;
    }

    /**
     * Within each street, the grid cells nearest the town centre go to the most central characters;
     * communities of one character keep their catalogue order.
     */
    private static Map<String, LocationDocument> locate(NamedCounty county, List<CommunityEntry> entries,
            SplittableRandom random) {
        Map<String, LocationDocument> locations = new HashMap<>();
        for (NamedCounty.StreetArea area : county.streets()) {
            List<CommunityEntry> inStreet = entries.stream()
                    .filter(e -> e.street().equals(area.street()))
                    .sorted(Comparator.comparing(CommunityEntry::character))
                    .toList();
            List<LocationDocument> cells = new ArrayList<>(area.box().jitteredGrid(area.rows(), area.cols(), random));
            if (cells.size() < inStreet.size()) {
                throw new IllegalStateException("%s: %d cells for %d communities".formatted(area.street(),
                        cells.size(), inStreet.size()));
            }
            cells.sort(Comparator.comparingDouble(cell -> Geo.metres(cell, county.centre())));
            for (int i = 0; i < inStreet.size(); i++) {
                locations.put(inStreet.get(i).id(), cells.get(i));
            }
        }
        if (locations.size() != entries.size()) {
            throw new IllegalStateException(county.catalogue() + ": a community's street has no area");
        }
        return locations;
    }
}
