package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;
import static org.allianceplanner.model.OrganizationType.SOCIAL_ORGANIZATION;
import static org.allianceplanner.model.OrganizationType.STATE_ENTERPRISE;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Function–need match (单位职能职责与社区需求相匹配): every need covered, every member of use. */
@DisplayName("职能与需求相匹配 Function–need match")
class NeedMatchTest {

    private static final HardMediumSoftLongScore ZERO = HardMediumSoftLongScore.ZERO;

    @Nested
    @DisplayName("uncoveredNeed 社区需求无成员单位满足（按优先级）")
    class UncoveredNeed {

        private final AllianceFixture f = new AllianceFixture();
        private final Community yingChun = f.community("yingchun", "迎春社区",
                new Need("ELDERLY_CARE", 3), new Need("LEGAL_AID", 1));
        private final Community tianBa = f.community("tianba", "田坝社区", new Need("HEALTH_CARE", 2));
        private final Community sanHe = f.community("sanhe", "三合社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY, "LEGAL_AID");
        private final Organization hospital = f.organization("hospital", "县妇幼保健院", HOSPITAL, "HEALTH_CARE");
        private final Organization elderlyHome = f.organization("elderly", "县社会福利中心", SOCIAL_ORGANIZATION,
                "ELDERLY_CARE", "VOLUNTEERING");
        private final Organization water = f.organization("water", "水务公司", STATE_ENTERPRISE, "UTILITIES");

        @Test
        @DisplayName("优先级3和1的需求都没人满足：罚4 / priorities 3 + 1 uncovered penalize 4")
        void prioritiesOfUncoveredNeedsAddUp() {
            f.prepare();
            f.assign(water, yingChun);
            f.assignAll(tianBa, hospital, procuratorate, elderlyHome);

            VERIFIER.verifyThat(AllianceConstraintProvider::uncoveredNeed).given(f.facts()).penalizesBy(4);
        }

        @Test
        @DisplayName("满足法律援助后只剩养老：罚3 / with legal aid covered, elderly care (3) remains")
        void coveredNeedsDoNotCount() {
            f.prepare();
            f.assignAll(yingChun, water, procuratorate);
            f.assignAll(tianBa, hospital, elderlyHome);

            VERIFIER.verifyThat(AllianceConstraintProvider::uncoveredNeed).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("需求全部满足时不罚 / every need covered, no penalty")
        void allNeedsCovered() {
            f.prepare();
            f.assignAll(yingChun, procuratorate, elderlyHome);
            f.assignAll(tianBa, hospital);
            f.assign(water, sanHe);

            VERIFIER.verifyThat(AllianceConstraintProvider::uncoveredNeed).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("没有成员的社区，全部需求都未满足 / an empty community leaves all its needs uncovered")
        void emptyCommunity() {
            f.prepare();
            f.assignAll(yingChun, procuratorate, elderlyHome, hospital, water);

            VERIFIER.verifyThat(AllianceConstraintProvider::uncoveredNeed).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("未分配的单位满足不了需求 / an unassigned organization covers nothing")
        void unassignedOrganizationsCoverNothing() {
            f.prepare();
            f.assignAll(yingChun, procuratorate, elderlyHome);
            f.assign(hospital, null);

            VERIFIER.verifyThat(AllianceConstraintProvider::uncoveredNeed).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assign(water, yingChun);
            f.assignAll(tianBa, hospital, procuratorate, elderlyHome);

            f.assertScoreWithOnly(AllianceConstraint.UNCOVERED_NEED, 2_000, HardMediumSoftLongScore.ofSoft(-8_000));
            f.assertScoreWithOnly(AllianceConstraint.UNCOVERED_NEED, 4_000, HardMediumSoftLongScore.ofSoft(-16_000));
            f.assertScoreWithOnly(AllianceConstraint.UNCOVERED_NEED, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("idleMember 成员单位职能与社区需求不匹配")
    class IdleMember {

        private final AllianceFixture f = new AllianceFixture();
        private final Community yingChun = f.community("yingchun", "迎春社区",
                new Need("ELDERLY_CARE", 3), new Need("LEGAL_AID", 1));
        private final Community sanHe = f.community("sanhe", "三合社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY, "LEGAL_AID");
        private final Organization cityBureau = f.organization("chengguan", "县城管局", AGENCY, "SANITATION",
                "ROADS_FACILITIES");
        private final Organization water = f.organization("water", "水务公司", STATE_ENTERPRISE, "UTILITIES");
        private final Organization noCapabilities = f.organization("office", "县档案馆", AGENCY);

        @Test
        @DisplayName("城管局的职能不对应迎春社区的需求：罚1 / sanitation and roads serve neither need: 1")
        void servesNoNeed() {
            f.prepare();
            f.assignAll(yingChun, procuratorate, cityBureau);

            VERIFIER.verifyThat(AllianceConstraintProvider::idleMember).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("满足任一需求即不闲置 / serving any one need is enough")
        void servesOneNeed() {
            f.prepare();
            f.assign(procuratorate, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::idleMember).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("没有职能的单位算闲置 / an organization without capabilities is idle")
        void noCapabilities() {
            f.prepare();
            f.assign(noCapabilities, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::idleMember).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("没有需求的社区，每个成员都算闲置（现行规则）/ in a community without needs every member is idle")
        void communityWithoutNeeds() {
            f.prepare();
            f.assignAll(sanHe, procuratorate, water);

            VERIFIER.verifyThat(AllianceConstraintProvider::idleMember).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("未分配的单位不计 / unassigned organizations are not counted")
        void unassigned() {
            f.prepare();
            f.assign(procuratorate, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::idleMember).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assignAll(yingChun, procuratorate, cityBureau, water);

            f.assertScoreWithOnly(AllianceConstraint.IDLE_MEMBER, 1_000, HardMediumSoftLongScore.ofSoft(-2_000));
            f.assertScoreWithOnly(AllianceConstraint.IDLE_MEMBER, 2_000, HardMediumSoftLongScore.ofSoft(-4_000));
            f.assertScoreWithOnly(AllianceConstraint.IDLE_MEMBER, 0, ZERO);
        }
    }
}
