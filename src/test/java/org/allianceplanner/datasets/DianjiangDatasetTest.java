package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;
import org.junit.jupiter.api.Test;

class DianjiangDatasetTest {

    private final PlanDocument plan = Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED);

    @Test
    void has26OfThe28RealCommunitiesInTheirTwoStreets() {
        Map<String, Long> perStreet = plan.communities().stream()
                .collect(Collectors.groupingBy(CommunityDocument::street, Collectors.counting()));

        assertThat(plan.communities()).hasSize(26);
        assertThat(perStreet).containsOnly(Map.entry("桂溪街道", 16L), Map.entry("桂阳街道", 10L));
        assertThat(plan.communities()).extracting(CommunityDocument::id)
                .contains("yingchun", "tianbao", "jiti")
                .doesNotContainAnyElementsOf(DianjiangDataset.LEFT_OUT);
        assertThat(plan.communities()).extracting(CommunityDocument::name).allMatch(n -> n.endsWith("社区"))
                .contains("迎春社区", "天宝社区", "集体社区", "东街社区");
    }

    @Test
    void hasAtLeast180UnitsOfEveryTypeButCountyLeaders() {
        Set<OrganizationType> types = plan.organizations().stream().map(OrganizationDocument::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganizationType.class)));

        assertThat(plan.organizations()).hasSizeGreaterThanOrEqualTo(180);
        assertThat(types).isEqualTo(EnumSet.complementOf(EnumSet.of(OrganizationType.COUNTY_LEADER)));
    }

    @Test
    void includesEveryUnitTheSeedsAndPublicSourcesName() {
        Map<String, OrganizationDocument> byName = plan.organizations().stream()
                .collect(Collectors.toMap(OrganizationDocument::name, o -> o));

        assertThat(byName).containsKeys("县检察院", "县委教育工委", "县人大常委会", "县市政设施管理所",
                "垫江县人民医院", "垫江县中医院");
        assertThat(byName.get("县检察院").capabilities()).contains("LEGAL_AID");
        assertThat(byName.get("县市政设施管理所").capabilities()).contains("ROADS_FACILITIES", "SANITATION");
        assertThat(byName.get("垫江县人民医院").capabilities()).contains("HEALTH_CARE", "ELDERLY_CARE");
        // Seed 000 pairs them with these communities.
        assertThat(byName.get("县人大常委会").homeCommunity()).isEqualTo("tianbao");
        assertThat(byName.get("县检察院").homeCommunity()).isEqualTo("yingchun");
        assertThat(byName.get("县市政设施管理所").homeCommunity()).isEqualTo("jiti");
    }

    @Test
    void liesInTheCountySeatWithEachStreetContiguous() {
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.location().lat()).isBetween(30.305, 30.355);
            assertThat(c.location().lon()).isBetween(107.319, 107.379);
        });
        // 桂溪 is the western part, 桂阳 the eastern strip: no community of one lies inside the other.
        double westmostGuiyang = lon(plan.communities(), "桂阳街道", true);
        double eastmostGuixi = lon(plan.communities(), "桂溪街道", false);
        assertThat(eastmostGuixi).isLessThan(westmostGuiyang);
    }

    @Test
    void hasPlausiblePopulationsAndMembers() {
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.population()).isBetween(3_000, 15_000);
            assertThat(c.minMembers()).isEqualTo(4);
            assertThat(c.maxMembers()).isBetween(10, 18);
        });
        assertThat(plan.organizations()).allSatisfy(o -> {
            switch (o.type()) {
                case AGENCY -> assertThat(o.partyMembers()).isBetween(20, 120);
                case SCHOOL -> assertThat(o.partyMembers()).isBetween(30, 150);
                case HOSPITAL -> assertThat(o.partyMembers()).isBetween(80, 400);
                case STATE_ENTERPRISE, PRIVATE_ENTERPRISE -> assertThat(o.partyMembers()).isBetween(5, 80);
                case SOCIAL_ORGANIZATION -> assertThat(o.partyMembers()).isBetween(3, 20);
                default -> throw new AssertionError("unexpected type " + o.type());
            }
        });
    }

    @Test
    void aboutSixtyPercentAreResidentUnitsAndAFewAreExcludedSomewhere() {
        double homedShare = DatasetFacts.homedShare(plan.organizations());
        long excluded = plan.organizations().stream().filter(o -> o.excludedCommunities() != null).count();

        assertThat(homedShare).isBetween(0.55, 0.65);
        assertThat(excluded).isBetween(3L, 10L);
    }

    @Test
    void schoolsAreBusyAroundExamsAndSomeHospitalsNowAndThen() {
        List<OrganizationDocument> secondary = plan.organizations().stream()
                .filter(o -> o.type() == OrganizationType.SCHOOL && o.name().contains("中学")).toList();
        long hospitalsWithBlackout = plan.organizations().stream()
                .filter(o -> o.type() == OrganizationType.HOSPITAL && o.blackoutDates() != null).count();

        assertThat(secondary).isNotEmpty().allSatisfy(s -> assertThat(s.blackoutDates())
                .contains("2026-01-15/2026-01-25", "2026-06-07/2026-06-10"));
        assertThat(hospitalsWithBlackout).isPositive();
        assertThat(plan.organizations()).filteredOn(o -> o.blackoutDates() != null)
                .allSatisfy(o -> assertThat(o.blackoutDates()).allMatch(d -> d.startsWith("2026-")));
    }

    @Test
    void balancesByPopulationWithin8Km() {
        assertThat(plan.rules().sizeBalance()).isEqualTo(SizeBalance.BY_POPULATION);
        assertThat(plan.rules().maxDistanceKm()).isEqualTo(8.0);
        assertThat(plan.rules().typeQuotas()).isNull();
    }

    private static double lon(List<CommunityDocument> communities, String street, boolean westmost) {
        var lons = communities.stream().filter(c -> c.street().equals(street)).mapToDouble(c -> c.location().lon());
        return westmost ? lons.min().orElseThrow() : lons.max().orElseThrow();
    }
}
