package org.allianceplanner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Community 社区（联合体）")
class CommunityTest {

    private static final GeoPoint SEAT = new GeoPoint(30.330, 107.349);

    private final Community yingChun = new Community("yingchun", "迎春社区", "桂溪街道", SEAT, 12_000, List.of(
            new Need("LEGAL_AID", 1), new Need("ELDERLY_CARE", 3), new Need("HEALTH_CARE", 2)));

    private static Organization unit(String id, OrganizationType type, int partyMembers, String... capabilities) {
        return new Organization(id, id, type, "桂溪街道", SEAT, partyMembers, Set.of(capabilities));
    }

    @Test
    @DisplayName("未满足的需求按优先级从高到低，优先级求和 / uncovered needs, most pressing first")
    void uncoveredNeeds() {
        yingChun.getMembers().add(unit("procuratorate", OrganizationType.AGENCY, 86, "LEGAL_AID"));

        assertThat(yingChun.uncoveredNeeds()).containsExactly(new Need("ELDERLY_CARE", 3), new Need("HEALTH_CARE", 2));
        assertThat(yingChun.uncoveredPriority()).isEqualTo(5);
    }

    @Test
    @DisplayName("成员数与党员数 / members and their party members")
    void counts() {
        yingChun.getMembers().addAll(List.of(unit("a", OrganizationType.AGENCY, 86),
                unit("b", OrganizationType.HOSPITAL, 120), unit("c", OrganizationType.AGENCY, 0)));

        assertThat(yingChun.memberCount()).isEqualTo(3);
        assertThat(yingChun.partyMemberCount()).isEqualTo(206);
        assertThat(yingChun.countOfType(OrganizationType.AGENCY)).isEqualTo(2);
        assertThat(yingChun.countOfType(OrganizationType.SCHOOL)).isZero();
    }

    @Test
    @DisplayName("违反的配额及该类成员数 / broken quotas with the members of that type")
    void quotaBreaches() {
        TypeQuota agencies = new TypeQuota(OrganizationType.AGENCY, null, 1);
        TypeQuota leader = new TypeQuota(OrganizationType.COUNTY_LEADER, 1, 1);
        TypeQuota hospitals = new TypeQuota(OrganizationType.HOSPITAL, 1, null);
        yingChun.setEffectiveQuotas(List.of(agencies, leader, hospitals));
        yingChun.getMembers().addAll(List.of(unit("a", OrganizationType.AGENCY, 1), unit("b", OrganizationType.AGENCY, 1),
                unit("c", OrganizationType.AGENCY, 1), unit("d", OrganizationType.HOSPITAL, 1)));

        assertThat(yingChun.quotaBreaches()).containsExactly(new Community.QuotaBreach(agencies, 3),
                new Community.QuotaBreach(leader, 0));
        assertThat(yingChun.quotaViolation()).isEqualTo(2 + 1);
    }
}
