package org.allianceplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GeoPoint 球面距离（haversine）")
class GeoPointTest {

    private static final GeoPoint DIANJIANG = new GeoPoint(30.330, 107.349);

    @Test
    @DisplayName("纳什维尔—洛杉矶：2886.444公里（R=6371 km）/ the classic haversine example")
    void knownDistance() {
        // The Rosetta Code haversine task: BNA (36.12, -86.67) to LAX (33.94, -118.40) is 2887.2600 km
        // with R = 6372.8 km, i.e. 2886.4444 km with the mean radius 6371 km that GeoPoint uses.
        GeoPoint nashville = new GeoPoint(36.12, -86.67);
        GeoPoint losAngeles = new GeoPoint(33.94, -118.40);

        assertThat(nashville.metresTo(losAngeles)).isCloseTo(2_886_444.44, within(0.5));
    }

    @Test
    @DisplayName("纬度0.01°约1112米 / 0.01° of latitude is about 1112 m")
    void hundredthOfADegreeOfLatitude() {
        GeoPoint north = new GeoPoint(DIANJIANG.lat() + 0.01, DIANJIANG.lon());

        assertThat(DIANJIANG.metresTo(north)).isCloseTo(1_111.95, within(0.01));
    }

    @Test
    @DisplayName("经度1°在赤道约111.2公里，在北纬60°约一半 / a degree of longitude shrinks with latitude")
    void longitudeShrinksWithLatitude() {
        assertThat(new GeoPoint(0, 107).metresTo(new GeoPoint(0, 108))).isCloseTo(111_194.9, within(0.1));
        assertThat(new GeoPoint(60, 107).metresTo(new GeoPoint(60, 108))).isCloseTo(55_597.0, within(1.0));
    }

    @Test
    @DisplayName("到自身为0，来回相等 / zero to itself, the same both ways")
    void zeroAndSymmetric() {
        GeoPoint hospital = new GeoPoint(30.3381, 107.3402);

        assertThat(DIANJIANG.metresTo(DIANJIANG)).isZero();
        assertThat(DIANJIANG.metresTo(hospital)).isEqualTo(hospital.metresTo(DIANJIANG), within(1e-6));
        assertThat(DIANJIANG.metresTo(hospital)).isCloseTo(1_234.70, within(0.01));
    }
}
