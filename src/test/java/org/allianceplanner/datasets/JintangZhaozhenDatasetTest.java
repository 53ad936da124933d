package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.model.OrganizationType;
import org.junit.jupiter.api.Test;

class JintangZhaozhenDatasetTest {

    private final PlanDocument plan = Datasets.generate(Datasets.JINTANG_ZHAOZHEN, Datasets.COMMITTED_SEED);
    private final Map<String, OrganizationDocument> byName = plan.organizations().stream()
            .collect(Collectors.toMap(OrganizationDocument::name, o -> o));

    @Test
    void hasTheSeedsFourCommunitiesInZhaozhen() {
        assertThat(plan.communities()).extracting(CommunityDocument::name)
                .containsExactly("玉龙街社区", "三江社区", "十里社区", "沱源社区");
        assertThat(plan.communities()).allSatisfy(c -> assertThat(c.street()).isEqualTo("赵镇街道"));
        assertThat(plan.organizations()).allSatisfy(o -> assertThat(o.street()).isEqualTo("赵镇街道"));
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.location().lat()).isBetween(30.84, 30.88);
            assertThat(c.location().lon()).isBetween(104.41, 104.46);
        });
    }

    @Test
    void hasAboutFiftyUnitsTwelveOrThirteenPerCommunity() {
        int units = plan.organizations().size();
        int communities = plan.communities().size();

        assertThat(units).isBetween(48, 52);
        // Equal shares of 12–13 must fit between every alliance's limits.
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.minMembers()).isLessThanOrEqualTo(units / communities);
            assertThat(c.maxMembers()).isGreaterThanOrEqualTo((units + communities - 1) / communities);
        });
    }

    @Test
    void includesTheSeedsUnitsWithTheProjectsTheyClaimed() {
        assertThat(byName).containsKeys("县妇幼保健院", "锦城教育学校", "韩滩慈济小学", "县委社治委", "县国土局",
                "县建设局", "县城管局", "县文旅局", "县残联", "县市场和质量监管局", "赵镇房管所", "水城印象党支部");
        assertThat(byName.get("赵镇房管所").capabilities()).contains("HOUSING_PROPERTY", "ELDERLY_CARE");
        assertThat(byName.get("县残联").capabilities()).contains("EMPLOYMENT_ASSISTANCE");
        assertThat(byName.get("锦城教育学校").capabilities()).contains("CHILDREN_YOUTH");
        assertThat(byName.get("县文旅局").capabilities()).contains("CULTURE_SPORTS");
        assertThat(byName.get("水城印象党支部").type()).isEqualTo(OrganizationType.SOCIAL_ORGANIZATION);
    }

    @Test
    void seedUnitsLiveInTheCommunityTheReportPairsThemWith() {
        assertThat(byName.get("赵镇房管所").homeCommunity()).isEqualTo("yulongjie");
        assertThat(byName.get("县残联").homeCommunity()).isEqualTo("yulongjie");
        assertThat(byName.get("县文旅局").homeCommunity()).isEqualTo("sanjiang");
        assertThat(byName.get("县城管局").homeCommunity()).isEqualTo("shili");
        assertThat(byName.get("县妇幼保健院").homeCommunity()).isEqualTo("tuoyuan");
        assertThat(byName.get("水城印象党支部").homeCommunity()).isEqualTo("tuoyuan");
    }
}
