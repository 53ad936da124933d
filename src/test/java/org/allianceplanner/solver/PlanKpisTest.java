package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.junit.jupiter.api.Test;

/** The KPI arithmetic on a plan small enough to work out by hand. */
class PlanKpisTest {

    private static final GeoPoint A_POINT = new GeoPoint(30.330, 107.349);
    private static final GeoPoint B_POINT = new GeoPoint(30.340, 107.349);
    private static final GeoPoint C_POINT = new GeoPoint(30.350, 107.349);

    /**
     * Three communities: A gets a1, a2, a3 (10 + 20 + 30 party members), B gets b1 (40), C none; u1
     * (50) is unassigned. Members per alliance 3, 1, 0; party members 60, 40, 0.
     */
    @Test
    void computesSpreadGiniAndAwayFromHomeOnAHandBuiltPlan() {
        Community a = new Community("a", "甲社区", "桂溪街道", A_POINT, 1000, List.of(new Need("ELDERLY_CARE", 3)));
        Community b = new Community("b", "乙社区", "桂溪街道", B_POINT, 1000, List.of(new Need("LEGAL_AID", 1)));
        Community c = new Community("c", "丙社区", "桂阳街道", C_POINT, 1000, List.of(new Need("HEALTH_CARE", 2)));
        Organization a1 = organization("a1", A_POINT, 10, "ELDERLY_CARE");
        Organization a2 = organization("a2", A_POINT, 20);
        // 0.01° of latitude north of A, where B stands: 1112 m from A.
        Organization a3 = organization("a3", B_POINT, 30);
        Organization b1 = organization("b1", B_POINT, 40, "HEALTH_CARE");
        Organization u1 = organization("u1", C_POINT, 50);
        a1.setHomeCommunity(a);       // at home
        a2.setHomeCommunity(b);       // stands in B, placed in A: away
        b1.setHomeCommunity(b);       // at home
        u1.setHomeCommunity(c);       // unassigned: not "placed elsewhere"
        a1.setCurrentCommunity(b);    // moved
        b1.setCurrentCommunity(b);    // stays
        u1.setCurrentCommunity(c);    // left out: moved
        AlliancePlan plan = new AlliancePlan("手算", Rules.defaults(), List.of(a, b, c), List.of(a1, a2, a3, b1, u1),
                new AllianceWeights());
        PlanPreparation.prepare(plan);
        a1.setCommunity(a);
        a2.setCommunity(a);
        a3.setCommunity(a);
        b1.setCommunity(b);

        PlanKpis kpis = PlanKpis.of(plan);

        // The fields that were there before, unchanged.
        assertThat(kpis.organizations()).isEqualTo(5);
        assertThat(kpis.assigned()).isEqualTo(4);
        assertThat(kpis.unassigned()).isEqualTo(1);
        assertThat(kpis.maxDistanceKm()).isEqualTo(1.11);
        assertThat(kpis.meanDistanceKm()).isEqualTo(0.28);      // 1112 m / 4
        assertThat(kpis.needsCoveredPercent()).isEqualTo(50.0); // A's 3 of 3 + 1 + 2 priority points
        assertThat(kpis.minMembers()).isZero();
        assertThat(kpis.meanMembers()).isEqualTo(1.33);
        assertThat(kpis.maxMembers()).isEqualTo(3);
        assertThat(kpis.movedFromCurrent()).isEqualTo(2);
        // Mean 4/3; variance (25/9 + 1/9 + 16/9) / 3 = 14/9; sqrt = 1.2472.
        assertThat(kpis.membersStdDev()).isEqualTo(1.25);
        // Pairwise |differences| 20, 60, 40, each twice: 240 / (2 · 3² · 100/3) = 0.4.
        assertThat(kpis.partyMembersGini()).isEqualTo(0.4);
        assertThat(kpis.awayFromHome()).isEqualTo(1);
    }

    @Test
    void equalAlliancesHaveNoSpreadAndAGiniOfZero() {
        Community a = new Community("a", "甲社区", "桂溪街道", A_POINT, 1000, List.of());
        Community b = new Community("b", "乙社区", "桂溪街道", B_POINT, 1000, List.of());
        Organization a1 = organization("a1", A_POINT, 25);
        Organization b1 = organization("b1", B_POINT, 25);
        AlliancePlan plan = new AlliancePlan("均衡", Rules.defaults(), List.of(a, b), List.of(a1, b1),
                new AllianceWeights());
        PlanPreparation.prepare(plan);
        a1.setCommunity(a);
        b1.setCommunity(b);

        PlanKpis kpis = PlanKpis.of(plan);

        assertThat(kpis.membersStdDev()).isZero();
        assertThat(kpis.partyMembersGini()).isZero();
        assertThat(kpis.awayFromHome()).isZero();
    }

    @Test
    void giniOfOneAllianceWithEverythingIsOneMinusOneOverN() {
        assertThat(PlanKpis.gini(new double[] {0, 0, 0, 100})).isCloseTo(0.75, within(1e-12));
        assertThat(PlanKpis.gini(new double[] {0, 0, 0})).isZero();
        assertThat(PlanKpis.gini(new double[] {})).isZero();
        assertThat(PlanKpis.standardDeviation(new double[] {2, 4, 4, 4, 5, 5, 7, 9})).isCloseTo(2.0, within(1e-12));
    }

    private static Organization organization(String id, GeoPoint where, int partyMembers, String... capabilities) {
        return new Organization(id, "单位" + id, OrganizationType.AGENCY, "桂溪街道", where, partyMembers,
                Set.of(capabilities));
    }
}
