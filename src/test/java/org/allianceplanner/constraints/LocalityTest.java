package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.GUIYANG;
import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;
import static org.allianceplanner.model.OrganizationType.STATE_ENTERPRISE;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Locality first (属地优先): a unit goes to the community it stands in, or a near one in its own street. */
@DisplayName("属地优先 Locality first")
class LocalityTest {

    private static final HardMediumSoftLongScore ZERO = HardMediumSoftLongScore.ZERO;

    @Nested
    @DisplayName("distance 单位到社区的距离（米）")
    class Distance {

        private final AllianceFixture f = new AllianceFixture();
        private final Community yingChun = f.community("yingchun", "迎春社区", GUIXI, 0, 12_000);
        private final Community huangJin = f.community("huangjin", "黄金社区", GUIXI, 9_300, 6_000);
        private final Organization power = f.organization("power", "电力公司", STATE_ENTERPRISE, GUIXI, 0, 45);
        private final Organization water = f.organization("water", "水务公司", STATE_ENTERPRISE, GUIXI, 600, 30);
        private final Organization gas = f.organization("gas", "天然气公司", STATE_ENTERPRISE, GUIXI, 8_100, 25);

        @Test
        @DisplayName("相距9.3公里：罚9300 / 9.3 km away penalizes 9300 metres")
        void metresToTheCommunity() {
            f.prepare();
            f.assign(power, huangJin);

            VERIFIER.verifyThat(AllianceConstraintProvider::distance).given(f.facts()).penalizesBy(9_300);
        }

        @Test
        @DisplayName("各单位距离相加 / the distances of all members add up")
        void distancesAddUp() {
            f.prepare();
            f.assign(power, yingChun); // 0 m
            f.assign(water, yingChun); // 600 m
            f.assign(gas, huangJin); // 1200 m

            VERIFIER.verifyThat(AllianceConstraintProvider::distance).given(f.facts()).penalizesBy(1_800);
        }

        @Test
        @DisplayName("就在社区内：罚0 / standing in the community costs nothing")
        void atTheCommunity() {
            f.prepare();
            f.assign(power, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::distance).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的单位不计距离 / unassigned organizations have no distance")
        void unassignedOrganizationsAreNotCounted() {
            f.prepare();
            f.assign(water, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::distance).given(f.facts()).penalizesBy(600);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assign(power, huangJin);

            f.assertScoreWithOnly(AllianceConstraint.DISTANCE, 1, HardMediumSoftLongScore.ofSoft(-9_300));
            f.assertScoreWithOnly(AllianceConstraint.DISTANCE, 2, HardMediumSoftLongScore.ofSoft(-18_600));
            f.assertScoreWithOnly(AllianceConstraint.DISTANCE, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("homeCommunity 驻区单位未分入所在社区")
    class HomeCommunity {

        private final AllianceFixture f = new AllianceFixture();
        private final Community yingChun = f.community("yingchun", "迎春社区");
        private final Community nanJie = f.community("nanjie", "南街社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);

        @Test
        @DisplayName("驻迎春社区却分入南街社区：罚1 / standing in 迎春 but in 南街 penalizes 1")
        void awayFromHome() {
            procuratorate.setHomeCommunity(yingChun);
            f.prepare();
            f.assign(procuratorate, nanJie);
            f.assign(hospital, nanJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::homeCommunity).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("分入所在社区不罚 / at home is fine")
        void atHome() {
            procuratorate.setHomeCommunity(yingChun);
            hospital.setHomeCommunity(nanJie);
            f.prepare();
            f.assign(procuratorate, yingChun);
            f.assign(hospital, nanJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::homeCommunity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("非驻区单位不罚 / an organization without a home community is never away from it")
        void noHomeCommunity() {
            f.prepare();
            f.assign(procuratorate, nanJie);
            f.assign(hospital, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::homeCommunity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的驻区单位不计（由unassigned计罚）/ an unassigned organization is left to unassigned")
        void unassigned() {
            procuratorate.setHomeCommunity(yingChun);
            f.prepare();
            f.assign(hospital, nanJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::homeCommunity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            procuratorate.setHomeCommunity(yingChun);
            hospital.setHomeCommunity(yingChun);
            f.prepare();
            f.assign(procuratorate, nanJie);
            f.assign(hospital, yingChun);

            f.assertScoreWithOnly(AllianceConstraint.HOME_COMMUNITY, 3_000, HardMediumSoftLongScore.ofSoft(-3_000));
            f.assertScoreWithOnly(AllianceConstraint.HOME_COMMUNITY, 6_000, HardMediumSoftLongScore.ofSoft(-6_000));
            f.assertScoreWithOnly(AllianceConstraint.HOME_COMMUNITY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("outsideStreet 单位分到本街道以外")
    class OutsideStreet {

        private final AllianceFixture f = new AllianceFixture();
        private final Community dongJie = f.community("dongjie", "东街社区", GUIXI, 0, 9_000);
        private final Community xiHu = f.community("xihu", "西湖社区", GUIYANG, 2_000, 8_000);
        private final Organization guiyangUnit = f.organization("court", "县人民法院", AGENCY, GUIYANG, 1_500, 60);
        private final Organization guixiUnit = f.organization("hospital", "县人民医院", HOSPITAL, GUIXI, 200, 120);

        @Test
        @DisplayName("桂阳街道的单位分入桂溪街道的社区：罚1 / a 桂阳 unit in a 桂溪 community penalizes 1")
        void outsideItsStreet() {
            f.prepare();
            f.assign(guiyangUnit, dongJie);
            f.assign(guixiUnit, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("本街道内不罚 / within its own street is fine")
        void withinItsStreet() {
            f.prepare();
            f.assign(guiyangUnit, xiHu);
            f.assign(guixiUnit, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("街道不明的单位不罚 / an organization without a street is never outside it")
        void noStreet() {
            Organization noStreet = f.organization("ngo", "义工协会", AGENCY, null, 0, 8);
            f.prepare();
            f.assign(noStreet, xiHu);
            f.assign(guiyangUnit, xiHu);
            f.assign(guixiUnit, dongJie);

            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("没有街道的社区：谁分入都不罚 / a community without a street puts nobody outside one")
        void communityWithoutStreet() {
            Community chenJiaBa = f.community("chenjiaba", "陈家坝社区", null, 1_000, 5_000);
            f.prepare();
            f.assign(guiyangUnit, chenJiaBa);
            f.assign(guixiUnit, chenJiaBa);

            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(0);

            f.assign(guixiUnit, xiHu);
            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("未分配的单位不计 / unassigned organizations are not counted")
        void unassigned() {
            f.prepare();
            f.assign(guixiUnit, xiHu);

            VERIFIER.verifyThat(AllianceConstraintProvider::outsideStreet).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assign(guiyangUnit, dongJie);
            f.assign(guixiUnit, xiHu);

            f.assertScoreWithOnly(AllianceConstraint.OUTSIDE_STREET, 1_500, HardMediumSoftLongScore.ofSoft(-3_000));
            f.assertScoreWithOnly(AllianceConstraint.OUTSIDE_STREET, 3_000, HardMediumSoftLongScore.ofSoft(-6_000));
            f.assertScoreWithOnly(AllianceConstraint.OUTSIDE_STREET, 0, ZERO);
        }
    }
}
