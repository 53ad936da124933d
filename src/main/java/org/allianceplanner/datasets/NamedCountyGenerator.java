package org.allianceplanner.datasets;

import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.datasets.Catalogue.CommunityEntry;
import org.allianceplanner.datasets.Catalogue.UnitEntry;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;

/** Builds a named county's plan document from its catalogue and settings, repeatably for a seed. */
final class NamedCountyGenerator {

    private NamedCountyGenerator() {
    }

    static PlanDocument generate(NamedCounty county, long seed) {
        // One random stream per part, split in a fixed order: a change to how units are placed does
        // not reshuffle the communities' needs, and the other way round.
        SplittableRandom root = DatasetRandom.of(county.catalogue(), seed);
        SplittableRandom communityRandom = root.split();
        SplittableRandom unitRandom = root.split();
        List<CommunityEntry> entries = Catalogue.communities(county.catalogue()).stream()
                .filter(e -> !county.leftOutCommunities().contains(e.id()))
                .toList();
        List<UnitEntry> units = Catalogue.units(county.catalogue());
        List<CommunityDocument> communities = CommunityLayout.build(county, entries, units.size(), communityRandom);
        List<OrganizationDocument> organizations = UnitPlacement.build(county, communities, units, unitRandom);
        // New problems: no current plan, nothing pinned, no weights (the defaults apply).
        return new PlanDocument(county.title(), null, communities, organizations, county.rules(),
                county.calendar(), null, null, null, null);
    }
}
