package org.allianceplanner.datasets;

import java.util.List;
import java.util.Set;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.model.SizeBalance;

/**
 * 金堂县赵镇街道: the four communities of seed 004 (玉龙街、三江、十里、沱源) and about fifty units,
 * twelve or thirteen per community as the report says, around the Jintang county seat
 * (≈ 30.858 N, 104.433 E). Equal balance and 11–14 members per alliance keep that spread.
 */
final class JintangZhaozhenDataset {

    private static final NamedCounty COUNTY = new NamedCounty(
            "金堂县赵镇街道社区党建联合体",
            "jintang-zhaozhen",
            Geo.point(30.858, 104.433),
            List.of(new NamedCounty.StreetArea("赵镇街道", new Geo.Box(30.846, 30.870, 104.419, 104.447), 2, 2)),
            Set.of(),
            1.0,
            new NamedCounty.Capacity(11, 14, 1.0),
            0.6,
            400,
            2,
            null,
            new RulesDocument(SizeBalance.EQUAL, 8.0, null, null),
            // Zhaozhen's themed party day is not in the sources: the common first Friday (synthetic).
            OfficialCalendars.year2026("FIRST_FRIDAY", 2, 4));

    private JintangZhaozhenDataset() {
    }

    static PlanDocument generate(long seed) {
        return NamedCountyGenerator.generate(COUNTY, seed);
    }
}
