package org.allianceplanner.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.model.OrganizationType;
import org.junit.jupiter.api.Test;

class HejiangDatasetTest {

    private final PlanDocument plan = Datasets.generate(Datasets.HEJIANG, Datasets.COMMITTED_SEED);

    @Test
    void has13CommunitiesTenInFuyangAndThreeInLingang() {
        Map<String, List<String>> perStreet = plan.communities().stream().collect(Collectors.groupingBy(
                CommunityDocument::street, Collectors.mapping(CommunityDocument::name, Collectors.toList())));

        assertThat(plan.communities()).hasSize(13);
        assertThat(perStreet.get("符阳街道")).hasSize(10).contains("百花亭社区", "枣林桥社区", "马街社区", "建设路社区",
                "菜坝社区", "桂园林社区", "义园街社区", "桥凼社区", "荔城社区", "南关社区");
        assertThat(perStreet.get("临港街道")).containsExactly("五里坡社区", "兴隆社区", "联榕坝社区");
    }

    @Test
    void hasExactly13CountyLeadersAndOneFirstSecretaryPerCommunity() {
        List<OrganizationDocument> leaders = plan.organizations().stream()
                .filter(o -> o.type() == OrganizationType.COUNTY_LEADER).toList();

        assertThat(leaders).hasSize(13).allSatisfy(leader -> {
            assertThat(leader.homeCommunity()).isNull();
            assertThat(leader.street()).as("county-level, no street").isNull();
            assertThat(leader.partyMembers()).isEqualTo(1);
            assertThat(leader.excludedCommunities()).isNull();
            assertThat(leader.name()).contains("第一书记");
        });
        assertThat(leaders).extracting(OrganizationDocument::name).doesNotHaveDuplicates()
                .contains("县委书记（社区第一书记）", "县委常委、组织部长（社区第一书记）");
        assertThat(plan.rules().typeQuotas())
                .containsExactly(new TypeQuotaDocument(OrganizationType.COUNTY_LEADER, 1, 1));
    }

    @Test
    void hasSixtyToEightyUnitsIncludingTheSeedsUnits() {
        assertThat(plan.organizations()).hasSizeBetween(60, 80);
        assertThat(plan.organizations()).extracting(OrganizationDocument::name).contains("县人社局", "县公安局",
                "县住房城乡建设局", "合江县电力公司", "合江县水务公司", "合江县天然气公司", "县委组织部", "县委政法委",
                "合江县人民小学", "合江县符阳小学", "合江县志强幼儿园");
    }

    @Test
    void everyCommunityCanTakeALeaderAndTwoMore() {
        assertThat(plan.communities()).allSatisfy(c -> {
            assertThat(c.minMembers()).isEqualTo(3);
            assertThat(c.maxMembers()).isGreaterThanOrEqualTo(3);
        });
    }
}
