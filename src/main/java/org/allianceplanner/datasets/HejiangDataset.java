package org.allianceplanner.datasets;

import java.util.List;
import java.util.Set;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;

/**
 * 合江县: 13 urban communities in 符阳街道 and 临港街道, each with one county leader as its first
 * secretary (seed 003), around the county seat (≈ 28.811 N, 105.833 E). 符阳's communities are large
 * (over 200,000 residents in ten, seed 003), hence twice the usual population ranges.
 */
final class HejiangDataset {

    /** Exactly one county leader per alliance: the one-to-one first-secretary system. */
    static final TypeQuotaDocument ONE_FIRST_SECRETARY = new TypeQuotaDocument(OrganizationType.COUNTY_LEADER, 1, 1);

    private static final NamedCounty COUNTY = new NamedCounty(
            "合江县城市社区党建联合体（县级领导兼任第一书记）",
            "hejiang",
            Geo.point(28.811, 105.833),
            List.of(new NamedCounty.StreetArea("符阳街道", new Geo.Box(28.795, 28.827, 105.815, 105.840), 4, 3),
                    new NamedCounty.StreetArea("临港街道", new Geo.Box(28.795, 28.827, 105.840, 105.856), 3, 1)),
            Set.of(),
            2.0,
            new NamedCounty.Capacity(3, 8, 1.2),
            0.6,
            300,
            2,
            // The county leaders' offices: the county government compound in the centre.
            Geo.point(28.811, 105.833),
            new RulesDocument(SizeBalance.BY_POPULATION, 8.0, List.of(ONE_FIRST_SECRETARY), null),
            // Hejiang's themed party day is not in the sources: the common first Friday (synthetic).
            OfficialCalendars.year2026("FIRST_FRIDAY", 3, 6));

    private HejiangDataset() {
    }

    static PlanDocument generate(long seed) {
        return NamedCountyGenerator.generate(COUNTY, seed);
    }
}
