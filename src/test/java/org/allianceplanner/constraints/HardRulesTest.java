package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.COUNTY_LEADER;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;
import static org.allianceplanner.model.OrganizationType.PRIVATE_ENTERPRISE;
import static org.allianceplanner.model.OrganizationType.SCHOOL;
import static org.allianceplanner.model.OrganizationType.STATE_ENTERPRISE;

import java.util.List;
import java.util.Set;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.TypeQuota;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The rules a plan must keep (hard), and leaving as few organizations unassigned as possible (medium). */
@DisplayName("硬约束 Hard rules")
class HardRulesTest {

    private static final HardMediumSoftLongScore ZERO = HardMediumSoftLongScore.ZERO;

    @Nested
    @DisplayName("communityOverMax 社区成员单位超过上限")
    class CommunityOverMax {

        private final AllianceFixture f = new AllianceFixture();
        private final Community yingchun = f.community("yingchun", "迎春社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);
        private final Organization school = f.organization("school", "锦城教育学校", SCHOOL);
        private final Organization power = f.organization("power", "电力公司", STATE_ENTERPRISE);
        private final Organization water = f.organization("water", "水务公司", STATE_ENTERPRISE);

        @Test
        @DisplayName("上限2个、成员3个：罚1 / max 2 with 3 members penalizes 1")
        void oneMemberOverTheMaximum() {
            yingchun.setMaxMembers(2);
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital, school);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityOverMax).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("上限2个、成员5个：罚3 / each member over the maximum counts")
        void everyMemberOverTheMaximumCounts() {
            yingchun.setMaxMembers(2);
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital, school, power, water);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityOverMax).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("恰好达到上限不罚 / exactly at the maximum is fine")
        void exactlyAtTheMaximum() {
            yingchun.setMaxMembers(2);
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityOverMax).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的单位不计入成员 / unassigned organizations are not members")
        void unassignedOrganizationsAreNotCounted() {
            yingchun.setMaxMembers(2);
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital);
            f.assign(school, null);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityOverMax).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("没有上限的社区不罚 / a community without a maximum is never over it")
        void noMaximum() {
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital, school, power, water);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityOverMax).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            yingchun.setMaxMembers(2);
            f.prepare();
            f.assignAll(yingchun, procuratorate, hospital, school, power);

            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_OVER_MAX, 1, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_OVER_MAX, 2, HardMediumSoftLongScore.ofHard(-4));
            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_OVER_MAX, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("communityUnderMin 社区成员单位低于下限")
    class CommunityUnderMin {

        private final AllianceFixture f = new AllianceFixture();
        private final Community xinCun = f.community("xincun", "新村社区");
        private final Community nanYang = f.community("nanyang", "南阳社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);
        private final Organization school = f.organization("school", "锦城教育学校", SCHOOL);

        @Test
        @DisplayName("下限3个、成员1个：罚2 / min 3 with 1 member penalizes 2")
        void twoMembersMissing() {
            xinCun.setMinMembers(3);
            f.prepare();
            f.assign(procuratorate, xinCun);
            f.assignAll(nanYang, hospital, school);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityUnderMin).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("没有成员的社区也计罚 / an empty community counts all its minimum")
        void emptyCommunityCounts() {
            xinCun.setMinMembers(2);
            f.prepare();
            f.assignAll(nanYang, procuratorate, hospital, school);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityUnderMin).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("恰好达到下限不罚 / exactly at the minimum is fine")
        void exactlyAtTheMinimum() {
            xinCun.setMinMembers(2);
            nanYang.setMinMembers(1);
            f.prepare();
            f.assignAll(xinCun, procuratorate, hospital);
            f.assign(school, nanYang);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityUnderMin).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的单位不能补足下限 / unassigned organizations do not fill a minimum")
        void unassignedOrganizationsDoNotCount() {
            xinCun.setMinMembers(3);
            f.prepare();
            f.assignAll(xinCun, procuratorate, hospital);
            f.assign(school, null);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityUnderMin).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("没有下限的空社区不罚 / an empty community without a minimum is fine")
        void noMinimum() {
            f.prepare();
            f.assignAll(nanYang, procuratorate, hospital, school);

            VERIFIER.verifyThat(AllianceConstraintProvider::communityUnderMin).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            xinCun.setMinMembers(3);
            f.prepare();
            f.assign(procuratorate, xinCun);
            f.assignAll(nanYang, hospital, school);

            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_UNDER_MIN, 1, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_UNDER_MIN, 2, HardMediumSoftLongScore.ofHard(-4));
            f.assertScoreWithOnly(AllianceConstraint.COMMUNITY_UNDER_MIN, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("excludedCommunity 单位被分入其排除的社区")
    class ExcludedCommunity {

        private final AllianceFixture f = new AllianceFixture();
        private final Community dongJie = f.community("dongjie", "东街社区");
        private final Community xiJie = f.community("xijie", "西街社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);

        @Test
        @DisplayName("分入排除的社区：罚1 / in an excluded community penalizes 1")
        void inExcludedCommunity() {
            procuratorate.setExcludedCommunities(Set.of(dongJie));
            f.prepare();
            f.assign(procuratorate, dongJie);
            f.assign(hospital, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::excludedCommunity).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("每个违规单位各罚1 / each organization in a community it excludes counts")
        void eachOrganizationCounts() {
            procuratorate.setExcludedCommunities(Set.of(dongJie));
            hospital.setExcludedCommunities(Set.of(dongJie, xiJie));
            f.prepare();
            f.assign(procuratorate, dongJie);
            f.assign(hospital, xiJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::excludedCommunity).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("分入其他社区不罚 / another community is fine")
        void inAnotherCommunity() {
            procuratorate.setExcludedCommunities(Set.of(dongJie));
            f.prepare();
            f.assign(procuratorate, xiJie);
            f.assign(hospital, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::excludedCommunity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配不罚 / unassigned is not in an excluded community")
        void unassigned() {
            procuratorate.setExcludedCommunities(Set.of(dongJie, xiJie));
            f.prepare();
            f.assign(procuratorate, null);
            f.assign(hospital, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::excludedCommunity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            procuratorate.setExcludedCommunities(Set.of(dongJie));
            f.prepare();
            f.assign(procuratorate, dongJie);
            f.assign(hospital, dongJie);

            f.assertScoreWithOnly(AllianceConstraint.EXCLUDED_COMMUNITY, 1, HardMediumSoftLongScore.ofHard(-1));
            f.assertScoreWithOnly(AllianceConstraint.EXCLUDED_COMMUNITY, 2, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.EXCLUDED_COMMUNITY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("maxDistance 单位距社区超过最大距离")
    class MaxDistance {

        private final AllianceFixture f = new AllianceFixture().maxDistanceKm(8.0);
        private final Community guiDong = f.community("guidong", "桂东社区", GUIXI, 0, 9_000);

        private Organization organizationAt(double northMetres) {
            return f.organization("power", "电力公司", STATE_ENTERPRISE, GUIXI, northMetres, 30);
        }

        @Test
        @DisplayName("相距9.3公里、上限8公里：罚1 / 9.3 km with a maximum of 8 km penalizes 1")
        void tooFar() {
            Organization power = organizationAt(9_300);
            f.prepare();
            f.assign(power, guiDong);

            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("恰好8公里不罚，8.001公里罚1 / exactly 8 km is fine, 8.001 km is not")
        void exactlyAtTheMaximum() {
            Organization atEight = organizationAt(8_000);
            Organization justOver = f.organization("water", "水务公司", STATE_ENTERPRISE, GUIXI, -8_001, 30);
            f.prepare();
            f.assign(atEight, guiDong);

            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(0);

            f.assign(justOver, guiDong);
            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("最大距离可为小数公里 / a fractional maximum in km counts in metres")
        void fractionalMaximum() {
            f.maxDistanceKm(2.5);
            Organization near = organizationAt(2_499);
            Organization far = f.organization("water", "水务公司", STATE_ENTERPRISE, GUIXI, 2_600, 30);
            f.prepare();
            f.assignAll(guiDong, near, far);

            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("没有最大距离时不罚 / no maximum, no penalty")
        void noMaximum() {
            f.maxDistanceKm(null);
            Organization power = organizationAt(30_000);
            f.prepare();
            f.assign(power, guiDong);

            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配不罚 / an unassigned organization has no distance")
        void unassigned() {
            Organization power = organizationAt(30_000);
            f.prepare();
            f.assign(power, null);

            VERIFIER.verifyThat(AllianceConstraintProvider::maxDistance).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            Organization power = organizationAt(9_300);
            f.prepare();
            f.assign(power, guiDong);

            f.assertScoreWithOnly(AllianceConstraint.MAX_DISTANCE, 1, HardMediumSoftLongScore.ofHard(-1));
            f.assertScoreWithOnly(AllianceConstraint.MAX_DISTANCE, 2, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.MAX_DISTANCE, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("typeQuota 联合体单位类型配额未满足")
    class TypeQuotaRule {

        private final AllianceFixture f = new AllianceFixture();
        private final Community sanHe = f.community("sanhe", "三合社区");
        private final Community hongGuang = f.community("hongguang", "红光社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization landBureau = f.organization("land", "县国土局", AGENCY);
        private final Organization cityBureau = f.organization("chengguan", "县城管局", AGENCY);
        private final Organization school = f.organization("school", "锦城教育学校", SCHOOL);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);

        @Test
        @DisplayName("县级配额“至少1个机关”、联合体没有机关：罚1 / county quota at least one agency, none")
        void countyQuotaBroken() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null));
            f.prepare();
            f.assignAll(sanHe, school, hospital);
            f.assignAll(hongGuang, procuratorate, landBureau, cityBureau);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("每个联合体都满足配额时不罚 / kept everywhere, no penalty")
        void countyQuotaKept() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null));
            f.prepare();
            f.assignAll(sanHe, procuratorate, school, hospital);
            f.assignAll(hongGuang, landBureau, cityBureau);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("空社区缺几个罚几个 / an empty community misses every minimum")
        void emptyCommunity() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null), new TypeQuota(HOSPITAL, 1, null));
            f.prepare();
            f.assignAll(hongGuang, procuratorate, landBureau, cityBureau, school, hospital);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("社区自己的配额取代县级同类配额 / a community's own quota replaces the county one for that type")
        void communityQuotaOverridesCountyQuota() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null));
            sanHe.setTypeQuotas(List.of(new TypeQuota(AGENCY, 0, 2)));
            f.prepare();
            // 三合 has no agency: its own quota (0..2) allows it, the county's (at least 1) no longer applies.
            f.assignAll(sanHe, school, hospital);
            f.assignAll(hongGuang, procuratorate, landBureau, cityBureau);
            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(0);

            // Three agencies in 三合 break its own maximum of 2; 红光 then has none, below the county minimum.
            f.assignAll(sanHe, procuratorate, landBureau, cityBureau);
            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("县级其他类型的配额仍然适用 / county quotas of other types still apply")
        void countyQuotaOfOtherTypeStillApplies() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null), new TypeQuota(HOSPITAL, 1, null));
            sanHe.setTypeQuotas(List.of(new TypeQuota(AGENCY, 0, null)));
            f.prepare();
            f.assignAll(sanHe, school);
            f.assignAll(hongGuang, procuratorate, landBureau, cityBureau, hospital);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("“恰好1名县级领导”：0名或2名都罚1 / exactly one county leader: none or two penalize 1")
        void exactlyOneCountyLeader() {
            Organization leaderA = f.organization("leader-a", "县委副书记", COUNTY_LEADER);
            Organization leaderB = f.organization("leader-b", "县人大常委会副主任", COUNTY_LEADER);
            f.countyQuotas(new TypeQuota(COUNTY_LEADER, 1, 1));
            f.prepare();
            f.assignAll(sanHe, leaderA, leaderB, school);
            f.assignAll(hongGuang, procuratorate, hospital);
            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(2);

            f.assign(leaderB, hongGuang);
            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的单位不计入配额 / unassigned organizations do not fill a quota")
        void unassignedDoNotCount() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null));
            f.prepare();
            f.assignAll(sanHe, school, hospital);
            f.assignAll(hongGuang, procuratorate, landBureau);
            f.assign(cityBureau, null);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("没有配额时不罚 / no quotas, no penalty")
        void noQuotas() {
            f.prepare();
            f.assignAll(hongGuang, procuratorate, landBureau, cityBureau, school, hospital);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeQuota).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.countyQuotas(new TypeQuota(AGENCY, 1, null), new TypeQuota(PRIVATE_ENTERPRISE, 1, null));
            f.prepare();
            f.assignAll(sanHe, procuratorate, landBureau, cityBureau, school, hospital);
            // 三合: no private enterprise (1); 红光 empty: no agency, no private enterprise (2).

            f.assertScoreWithOnly(AllianceConstraint.TYPE_QUOTA, 1, HardMediumSoftLongScore.ofHard(-3));
            f.assertScoreWithOnly(AllianceConstraint.TYPE_QUOTA, 2, HardMediumSoftLongScore.ofHard(-6));
            f.assertScoreWithOnly(AllianceConstraint.TYPE_QUOTA, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("unassigned 单位未分配（中级）")
    class Unassigned {

        private final AllianceFixture f = new AllianceFixture();
        private final Community tianBa = f.community("tianba", "田坝社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization water = f.organization("water", "水务公司", STATE_ENTERPRISE);
        private final Organization gas = f.organization("gas", "天然气公司", STATE_ENTERPRISE);

        @Test
        @DisplayName("3个单位中2个未分配：罚2 / two of three unassigned penalize 2")
        void twoUnassigned() {
            f.prepare();
            f.assign(procuratorate, tianBa);

            VERIFIER.verifyThat(AllianceConstraintProvider::unassigned).given(f.facts()).penalizesBy(2);
            VERIFIER.verifyThat(AllianceConstraintProvider::unassigned).given(f.facts()).penalizes(2);
        }

        @Test
        @DisplayName("全部分配时不罚 / everyone assigned, no penalty")
        void allAssigned() {
            f.prepare();
            f.assignAll(tianBa, procuratorate, water, gas);

            VERIFIER.verifyThat(AllianceConstraintProvider::unassigned).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("只数未分配的单位，与社区是否超限无关 / counts only null communities")
        void countsOnlyNullCommunities() {
            Organization school = f.organization("school", "锦城教育学校", SCHOOL);
            tianBa.setMaxMembers(1);
            f.prepare();
            // 田坝 is over its maximum, but its members are assigned: only 天然气公司 (null) counts.
            f.assignAll(tianBa, procuratorate, water, school);

            VERIFIER.verifyThat(AllianceConstraintProvider::unassigned).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("中级分数，随权重缩放 / a medium score that scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assign(procuratorate, tianBa);

            f.assertScoreWithOnly(AllianceConstraint.UNASSIGNED, 1, HardMediumSoftLongScore.ofMedium(-2));
            f.assertScoreWithOnly(AllianceConstraint.UNASSIGNED, 2, HardMediumSoftLongScore.ofMedium(-4));
            f.assertScoreWithOnly(AllianceConstraint.UNASSIGNED, 0, ZERO);
        }
    }
}
