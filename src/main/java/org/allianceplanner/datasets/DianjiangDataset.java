package org.allianceplanner.datasets;

import java.util.List;
import java.util.Set;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.model.SizeBalance;

/**
 * 垫江县城市基层党建联合体: Dianjiang's 180+ units in 26 urban communities (seed 000).
 * <p>
 * The county seat (≈ 30.330 N, 107.349 E, about 30 km²) is laid out as a 5.6 km × 5.8 km box: 桂溪街道
 * the western part with the old town at the centre, 桂阳街道 the eastern strip. Both halves are our
 * assumption; the real street boundary is not public in a usable form.
 */
final class DianjiangDataset {

    /**
     * The report names 26 communities; the 2020 zoning list has 28. We leave out the last two of
     * 桂溪街道's list: zoning codes are handed out in order, so the last ones are the likeliest to
     * have been created after the 2018 report. This is a guess, not a known fact.
     */
    static final Set<String> LEFT_OUT = Set.of("changda", "yuhe");

    private static final NamedCounty COUNTY = new NamedCounty(
            "垫江县城市基层党建联合体",
            "dianjiang",
            Geo.point(30.330, 107.349),
            List.of(new NamedCounty.StreetArea("桂溪街道", new Geo.Box(30.305, 30.355, 107.319, 107.357), 6, 3),
                    new NamedCounty.StreetArea("桂阳街道", new Geo.Box(30.305, 30.355, 107.357, 107.379), 5, 2)),
            LEFT_OUT,
            1.0,
            new NamedCounty.Capacity(4, 10, 1.2),
            0.6,
            300,
            5,
            null,
            new RulesDocument(SizeBalance.BY_POPULATION, 8.0, null, null),
            // Chongqing fixes one themed party day a month per district or county; the first Friday is common.
            OfficialCalendars.year2026("FIRST_FRIDAY", 3, 6));

    private DianjiangDataset() {
    }

    static PlanDocument generate(long seed) {
        return NamedCountyGenerator.generate(COUNTY, seed);
    }
}
