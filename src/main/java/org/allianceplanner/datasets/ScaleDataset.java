package org.allianceplanner.datasets;

import org.allianceplanner.io.LocationDocument;

/**
 * A synthetic problem of benchmark size: streets as clustered areas, communities inside their
 * street's area, units near a community of their street. Names are numbered ("第12街道第3社区",
 * "单位0001（机关）"); nothing in it is real.
 *
 * @param name             the dataset's name in {@link Datasets}
 * @param title            the plan's name
 * @param streets          number of streets
 * @param communities      number of communities, spread over the streets
 * @param organizations    number of units
 * @param centre           centre of the region
 * @param regionHalfKm     half the side of the square the street centres are spread over
 * @param streetRadiusKm   radius of a street's area around its centre
 */
record ScaleDataset(String name, String title, int streets, int communities, int organizations,
        LocationDocument centre, double regionHalfKm, double streetRadiusKm) {

    /** A prefecture-level city's urban area: 2,000 units, 300 communities, 8 streets. */
    static final ScaleDataset CITY = new ScaleDataset(Datasets.CITY,
            "合成基准：城市（8个街道、300个社区、2000个单位）", 8, 300, 2_000, Geo.point(29.60, 106.50), 8, 2.5);

    /** A province's urban communities: 20,000 units, 2,600 communities, 100 streets in far-apart towns. */
    static final ScaleDataset PROVINCE = new ScaleDataset(Datasets.PROVINCE,
            "合成基准：省（100个街道、2600个社区、20000个单位）", 100, 2_600, 20_000, Geo.point(30.60, 104.00), 200, 2.0);
}
