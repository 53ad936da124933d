package org.allianceplanner.model;

import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.COUNTY_LEADER;
import static org.allianceplanner.model.OrganizationType.PRIVATE_ENTERPRISE;
import static org.allianceplanner.model.OrganizationType.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TypeQuota.violation 类型配额偏差")
class TypeQuotaTest {

    @Test
    @DisplayName("至少1个机关 / at least one agency")
    void minimumOnly() {
        TypeQuota quota = new TypeQuota(AGENCY, 1, null);

        assertThat(quota.violation(0)).isEqualTo(1);
        assertThat(quota.violation(1)).isZero();
        assertThat(quota.violation(7)).isZero();
    }

    @Test
    @DisplayName("至多2所学校 / at most two schools")
    void maximumOnly() {
        TypeQuota quota = new TypeQuota(SCHOOL, null, 2);

        assertThat(quota.violation(0)).isZero();
        assertThat(quota.violation(2)).isZero();
        assertThat(quota.violation(3)).isEqualTo(1);
        assertThat(quota.violation(5)).isEqualTo(3);
    }

    @Test
    @DisplayName("恰好1名县级领导（第一书记）/ exactly one county leader")
    void exactlyOne() {
        TypeQuota quota = new TypeQuota(COUNTY_LEADER, 1, 1);

        assertThat(quota.violation(0)).isEqualTo(1);
        assertThat(quota.violation(1)).isZero();
        assertThat(quota.violation(2)).isEqualTo(1);
        assertThat(quota.violation(4)).isEqualTo(3);
    }

    @Test
    @DisplayName("2至4个非公企业 / two to four private enterprises")
    void range() {
        TypeQuota quota = new TypeQuota(PRIVATE_ENTERPRISE, 2, 4);

        assertThat(quota.violation(0)).isEqualTo(2);
        assertThat(quota.violation(1)).isEqualTo(1);
        assertThat(quota.violation(2)).isZero();
        assertThat(quota.violation(4)).isZero();
        assertThat(quota.violation(6)).isEqualTo(2);
    }

    @Test
    @DisplayName("没有上下限时从不违反 / neither bound, never broken")
    void noBounds() {
        TypeQuota quota = new TypeQuota(AGENCY, null, null);

        assertThat(quota.violation(0)).isZero();
        assertThat(quota.violation(100)).isZero();
    }
}
