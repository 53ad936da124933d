package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.GUIYANG;

import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.TypeQuota;

/**
 * A small plan in which every allocation constraint matches, with each match weight worked out by
 * hand in {@link #MATCH_WEIGHTS}:
 * <pre>
 * 迎春社区 (桂溪, max 2; needs 养老 3, 法律 1): 县检察院 (0 m), 县委教育工委 (600 m), 县城管局 (1200 m)
 * 南阳社区 (桂阳, 9.3 km north, min 2; needs 医疗 2): 县妇幼保健院 (0 m from 迎春, home 迎春, excludes 南阳,
 *          currently in 迎春)
 * unassigned: 电力公司
 * rules: max 8 km, no moves allowed, every alliance at least one agency; targets (EQUAL, 5 units, 226 party members): 3/2, 113/113
 * </pre>
 */
final class EveryRuleBrokenCounty {

    /** The allocation constraints, which this county breaks; the calendar has its own tests. */
    static final java.util.List<AllianceConstraint> ALLOCATION = java.util.Arrays.stream(AllianceConstraint.values())
            .filter(c -> c.group() != org.allianceplanner.model.ConstraintGroup.CALENDAR).toList();

    /** Unweighted match weight of every constraint in this plan. */
    static final Map<AllianceConstraint, Long> MATCH_WEIGHTS = Map.ofEntries(
            Map.entry(AllianceConstraint.COMMUNITY_OVER_MAX, 1L), // 迎春: 3 members, max 2
            Map.entry(AllianceConstraint.COMMUNITY_UNDER_MIN, 1L), // 南阳: 1 member, min 2
            Map.entry(AllianceConstraint.EXCLUDED_COMMUNITY, 1L), // 妇幼保健院 in 南阳
            Map.entry(AllianceConstraint.MAX_DISTANCE, 1L), // 妇幼保健院 9.3 km > 8 km
            Map.entry(AllianceConstraint.TYPE_QUOTA, 1L), // 南阳 has no agency
            Map.entry(AllianceConstraint.MOVE_BUDGET, 1L), // 妇幼保健院 moved, budget 0
            Map.entry(AllianceConstraint.UNASSIGNED, 1L), // 电力公司
            Map.entry(AllianceConstraint.DISTANCE, 0L + 600 + 1_200 + 9_300),
            Map.entry(AllianceConstraint.HOME_COMMUNITY, 1L), // 妇幼保健院 stands in 迎春
            Map.entry(AllianceConstraint.OUTSIDE_STREET, 1L), // 妇幼保健院 (桂溪) in 南阳 (桂阳)
            Map.entry(AllianceConstraint.UNCOVERED_NEED, 3L), // 迎春's elderly care (3)
            Map.entry(AllianceConstraint.IDLE_MEMBER, 2L), // 教育工委 and 城管局 in 迎春
            Map.entry(AllianceConstraint.SIZE_BALANCE, 1L), // 迎春 3 = 3, 南阳 1 vs 2
            Map.entry(AllianceConstraint.PARTY_MEMBER_BALANCE, 18L + 40L), // 迎春 156 vs 113, 南阳 50 vs 113
            Map.entry(AllianceConstraint.TYPE_DIVERSITY, 3L), // three agencies in 迎春
            Map.entry(AllianceConstraint.STABILITY, 1L)); // 妇幼保健院 left 迎春

    final AllianceFixture fixture = new AllianceFixture().maxDistanceKm(8.0).maxMoves(0)
            .countyQuotas(new TypeQuota(OrganizationType.AGENCY, 1, null));
    final Community yingChun = fixture.community("yingchun", "迎春社区", GUIXI, 0, 12_000,
            new Need("ELDERLY_CARE", 3), new Need("LEGAL_AID", 1));
    final Community nanYang = fixture.community("nanyang", "南阳社区", GUIYANG, 9_300, 8_000,
            new Need("HEALTH_CARE", 2));
    final Organization procuratorate = fixture.organization("procuratorate", "县检察院", OrganizationType.AGENCY,
            GUIXI, 0, 86, "LEGAL_AID");
    final Organization education = fixture.organization("education", "县委教育工委", OrganizationType.AGENCY,
            GUIXI, 600, 40, "CHILDREN_YOUTH");
    final Organization cityBureau = fixture.organization("chengguan", "县城管局", OrganizationType.AGENCY,
            GUIXI, 1_200, 30, "SANITATION");
    final Organization maternity = fixture.organization("maternity", "县妇幼保健院", OrganizationType.HOSPITAL,
            GUIXI, 0, 50, "HEALTH_CARE");
    final Organization power = fixture.organization("power", "电力公司", OrganizationType.STATE_ENTERPRISE,
            GUIXI, 300, 20, "UTILITIES");

    /** The prepared plan with default weights and members filled in, as the solver would leave them. */
    AlliancePlan plan() {
        yingChun.setMaxMembers(2);
        nanYang.setMinMembers(2);
        maternity.setHomeCommunity(yingChun);
        maternity.setCurrentCommunity(yingChun);
        maternity.setExcludedCommunities(Set.of(nanYang));
        AlliancePlan plan = fixture.prepare();
        fixture.assignAll(yingChun, procuratorate, education, cityBureau);
        fixture.assign(maternity, nanYang);
        fixture.assign(power, null);
        return plan;
    }
}
