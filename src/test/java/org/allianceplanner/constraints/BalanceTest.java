package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.GUIYANG;
import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;
import static org.allianceplanner.model.OrganizationType.PRIVATE_ENTERPRISE;
import static org.allianceplanner.model.OrganizationType.SCHOOL;
import static org.allianceplanner.model.OrganizationType.STATE_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.SizeBalance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Balanced numbers (数量均衡): no alliance flooded with members while another never opens shop. */
@DisplayName("数量均衡 Balanced numbers")
class BalanceTest {

    private static final HardMediumSoftLongScore ZERO = HardMediumSoftLongScore.ZERO;

    /** {@code count} private enterprises (非公企业) with 20 party members each. */
    private static List<Organization> enterprises(AllianceFixture f, int count) {
        List<Organization> organizations = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            organizations.add(f.organization("firm-" + i, "非公企业" + i, PRIVATE_ENTERPRISE, GUIXI, 0, 20));
        }
        return organizations;
    }

    /** Puts the next {@code count} organizations of {@code from} into {@code community}. */
    private static void take(AllianceFixture f, List<Organization> from, Community community, int count) {
        for (int i = 0; i < count; i++) {
            f.assign(from.remove(0), community);
        }
    }

    @Nested
    @DisplayName("sizeBalance 联合体成员数量偏离目标（偏差平方）")
    class SizeBalanceRule {

        private final AllianceFixture f = new AllianceFixture();
        private final Community dongJie = f.community("dongjie", "东街社区", GUIXI, 0, 6_000);
        private final Community nanJie = f.community("nanjie", "南街社区", GUIXI, 800, 3_000);
        private final Community xiJie = f.community("xijie", "西街社区", GUIXI, 1_600, 1_000);

        @Test
        @DisplayName("目标7个：9个罚4、7个不罚、5个罚4 / target 7: 9 members cost 4, 7 nothing, 5 cost 4")
        void squaredDeviationFromTarget() {
            List<Organization> firms = enterprises(f, 21);
            f.prepare();
            assertThat(List.of(dongJie.getTargetMembers(), nanJie.getTargetMembers(), xiJie.getTargetMembers()))
                    .containsExactly(7, 7, 7);
            take(f, firms, dongJie, 9);
            take(f, firms, nanJie, 7);
            take(f, firms, xiJie, 5);

            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(8);
            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizes(2);
        }

        @Test
        @DisplayName("正好达到目标不罚 / on target everywhere, no penalty")
        void onTarget() {
            List<Organization> firms = enterprises(f, 6);
            f.prepare();
            take(f, firms, dongJie, 2);
            take(f, firms, nanJie, 2);
            take(f, firms, xiJie, 2);

            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("空社区（常年开不了张）也计罚 / an empty community counts: 3, 3, 0 against 2 each")
        void emptyCommunityCounts() {
            List<Organization> firms = enterprises(f, 6);
            f.prepare();
            take(f, firms, dongJie, 3);
            take(f, firms, nanJie, 3);

            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(1 + 1 + 4);
        }

        @Test
        @DisplayName("未分配的单位计入目标、不计入成员 / unassigned count in targets, not in members")
        void unassignedOrganizations() {
            List<Organization> firms = enterprises(f, 6);
            f.prepare();
            take(f, firms, dongJie, 2);
            take(f, firms, nanJie, 2);
            take(f, firms, xiJie, 1);

            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("平均分配：目标4/3/3，6/3/1罚8 / EQUAL targets 4, 3, 3: 6, 3, 1 costs 8")
        void equalTargets() {
            List<Organization> firms = enterprises(f, 10);
            f.sizeBalance(SizeBalance.EQUAL).prepare();
            assertThat(List.of(dongJie.getTargetMembers(), nanJie.getTargetMembers(), xiJie.getTargetMembers()))
                    .containsExactly(4, 3, 3);
            take(f, firms, dongJie, 6);
            take(f, firms, nanJie, 3);
            take(f, firms, xiJie, 1);

            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(8);
        }

        @Test
        @DisplayName("按人口分配：目标6/3/1，6/3/1不罚、4/3/3罚8 / BY_POPULATION targets 6, 3, 1")
        void populationTargets() {
            List<Organization> firms = enterprises(f, 10);
            f.sizeBalance(SizeBalance.BY_POPULATION).prepare();
            assertThat(List.of(dongJie.getTargetMembers(), nanJie.getTargetMembers(), xiJie.getTargetMembers()))
                    .containsExactly(6, 3, 1);
            List<Organization> all = new ArrayList<>(firms);
            take(f, firms, dongJie, 6);
            take(f, firms, nanJie, 3);
            take(f, firms, xiJie, 1);
            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(0);

            take(f, all, dongJie, 4);
            take(f, all, nanJie, 3);
            take(f, all, xiJie, 3);
            VERIFIER.verifyThat(AllianceConstraintProvider::sizeBalance).given(f.facts()).penalizesBy(8);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            List<Organization> firms = enterprises(f, 21);
            f.prepare();
            take(f, firms, dongJie, 9);
            take(f, firms, nanJie, 7);
            take(f, firms, xiJie, 5);

            f.assertScoreWithOnly(AllianceConstraint.SIZE_BALANCE, 1_500, HardMediumSoftLongScore.ofSoft(-12_000));
            f.assertScoreWithOnly(AllianceConstraint.SIZE_BALANCE, 3_000, HardMediumSoftLongScore.ofSoft(-24_000));
            f.assertScoreWithOnly(AllianceConstraint.SIZE_BALANCE, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("partyMemberBalance 联合体党员人数偏离目标（每偏离1%计1，至多100%）")
    class PartyMemberBalance {

        private final AllianceFixture f = new AllianceFixture();
        private final Community xinCun = f.community("xincun", "新村社区", GUIYANG, 0, 7_000);
        private final Community chunHua = f.community("chunhua", "春花社区", GUIYANG, 900, 3_000);

        private Organization unit(String id, String name, int partyMembers) {
            return f.organization(id, name, AGENCY, GUIYANG, 0, partyMembers);
        }

        @Test
        @DisplayName("党员86(计80)+34对40、目标各80：偏42%和50% / 86 (counted 80) + 34 and 40 against 80 each: 42 % and 50 % off")
        void percentOffTarget() {
            Organization procuratorate = unit("procuratorate", "县检察院", 86);
            Organization education = unit("education", "县委教育工委", 40);
            Organization disabled = unit("disabled", "县残联", 34);
            f.prepare();
            assertThat(xinCun.getTargetPartyMembers()).isEqualTo(80);
            assertThat(chunHua.getTargetPartyMembers()).isEqualTo(80);
            f.assignAll(xinCun, procuratorate, disabled);
            f.assign(education, chunHua);

            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(42 + 50);
        }

        @Test
        @DisplayName("目标35：50人计35不罚，20人偏42.9%计42 / target 35: 50 counts 35, 20 is 42.9 % off, counted 42")
        void roundedDown() {
            Organization big = unit("big", "县人社局", 50);
            Organization small = unit("small", "县文旅局", 20);
            f.prepare();
            f.assign(big, xinCun);
            f.assign(small, chunHua);

            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(0 + 42);
        }

        @Test
        @DisplayName("恰在目标不罚，偏7人（14.6%）计14 / on target costs nothing, 7 off a target of 48 costs 14")
        void smallDeviations() {
            Organization a = unit("a", "县国土局", 30);
            Organization b = unit("b", "县建设局", 23);
            Organization c = unit("c", "县城管局", 25);
            Organization d = unit("d", "县市政设施管理所", 18);
            f.prepare(); // 96 party members: 48 each
            f.assignAll(xinCun, a, d); // 48
            f.assignAll(chunHua, b, c); // 48
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizes(0);

            f.assignAll(xinCun, a, c); // 55: +7
            f.assignAll(chunHua, b, d); // 41: -7
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(14 + 14);
        }

        @Test
        @DisplayName("一所1350名党员的大学按一个联合体的目标计，偏差至多计100% / a 1,350 university counts as one target; at most 100 %")
        void cappedAtOneHundredPercent() {
            Community third = f.community("sanhe", "三合社区", GUIYANG, 1_800, 3_000);
            Organization university = unit("university", "重庆某大学", 1_350);
            Organization a = unit("a", "县国土局", 30);
            Organization b = unit("b", "县建设局", 120);
            f.prepare(); // 1,500 party members: 500 each
            f.assign(university, xinCun); // 1,350 counts as 500, the target: 0 %
            f.assign(a, chunHua); // 30: -94 %
            f.assign(b, third); // 120: -76 %
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(0 + 94 + 76);

            f.assignAll(xinCun, university, a, b); // 500 + 30 + 120 = 650: +30 %; the two others empty: 100 % each
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(30 + 100 + 100);
            assertThat(AllianceConstraintProvider.partyMemberPercentOff(5_000, 500)).isEqualTo(100);
            assertThat(AllianceConstraintProvider.partyMemberPercentOff(3, 0)).isEqualTo(100);
            assertThat(AllianceConstraintProvider.partyMemberPercentOff(0, 0)).isZero();
        }

        @Test
        @DisplayName("空社区计100% / an empty community counts 100 %")
        void emptyCommunity() {
            Organization procuratorate = unit("procuratorate", "县检察院", 86);
            f.prepare(); // targets 43 and 43
            f.assign(procuratorate, xinCun); // 86 counts 43: on target

            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(0 + 100);
        }

        @Test
        @DisplayName("未分配单位的党员计入目标、不计入社区 / an unassigned unit's party members count in targets only")
        void unassignedOrganizations() {
            Organization a = unit("a", "县人社局", 50);
            Organization b = unit("b", "县文旅局", 30);
            unit("c", "县残联", 20);
            f.prepare(); // 100 party members: 50 each
            f.assign(a, xinCun);
            f.assign(b, chunHua); // 30: -20 → 40 %

            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(40);
        }

        @Test
        @DisplayName("按人口：目标70/30 / BY_POPULATION targets 70 and 30 (EQUAL would be 50 and 50)")
        void populationTargets() {
            Organization a = unit("a", "县人民医院", 60);
            Organization b = unit("b", "县中医院", 10);
            Organization c = unit("c", "县妇幼保健院", 30);
            f.sizeBalance(SizeBalance.BY_POPULATION).prepare();
            f.assignAll(xinCun, a, b);
            f.assign(c, chunHua);
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(0);

            f.sizeBalance(SizeBalance.EQUAL).prepare();
            VERIFIER.verifyThat(AllianceConstraintProvider::partyMemberBalance).given(f.facts()).penalizesBy(20 + 40); // 60 counts 50, +10: 20 %; 30: 40 %
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            Organization procuratorate = unit("procuratorate", "县检察院", 86);
            Organization education = unit("education", "县委教育工委", 40);
            Organization disabled = unit("disabled", "县残联", 34);
            f.prepare();
            f.assignAll(xinCun, procuratorate, disabled);
            f.assign(education, chunHua);

            f.assertScoreWithOnly(AllianceConstraint.PARTY_MEMBER_BALANCE, 100, HardMediumSoftLongScore.ofSoft(-9_200));
            f.assertScoreWithOnly(AllianceConstraint.PARTY_MEMBER_BALANCE, 200, HardMediumSoftLongScore.ofSoft(-18_400));
            f.assertScoreWithOnly(AllianceConstraint.PARTY_MEMBER_BALANCE, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("typeDiversity 同类单位扎堆（同类单位对数）")
    class TypeDiversity {

        private final AllianceFixture f = new AllianceFixture();
        private final Community shiLing = f.community("shiling", "石岭社区");
        private final Community songLin = f.community("songlin", "松林社区");
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);
        private final Organization landBureau = f.organization("land", "县国土局", AGENCY);
        private final Organization cityBureau = f.organization("chengguan", "县城管局", AGENCY);
        private final Organization jinCheng = f.organization("jincheng", "锦城教育学校", SCHOOL);
        private final Organization ciJi = f.organization("ciji", "韩滩慈济小学", SCHOOL);
        private final Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);
        private final Organization power = f.organization("power", "电力公司", STATE_ENTERPRISE);

        @Test
        @DisplayName("3个机关成3对、2所学校成1对：罚4 / three agencies make 3 pairs, two schools 1")
        void sameTypePairs() {
            f.prepare();
            f.assignAll(shiLing, procuratorate, landBureau, cityBureau, jinCheng, ciJi, hospital);
            f.assign(power, songLin);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeDiversity).given(f.facts()).penalizesBy(4);
            VERIFIER.verifyThat(AllianceConstraintProvider::typeDiversity).given(f.facts()).penalizes(2);
        }

        @Test
        @DisplayName("各成员类型不同不罚 / every member of a different type, no penalty")
        void allDifferent() {
            f.prepare();
            f.assignAll(shiLing, procuratorate, jinCheng, hospital, power);
            f.assignAll(songLin, landBureau, ciJi);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeDiversity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("不同社区的同类单位不成对 / same type in different communities is no pair")
        void differentCommunities() {
            f.prepare();
            f.assignAll(shiLing, procuratorate, jinCheng);
            f.assignAll(songLin, landBureau, ciJi);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeDiversity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("未分配的单位不成对 / unassigned organizations make no pair")
        void unassigned() {
            f.prepare();
            f.assignAll(shiLing, procuratorate, landBureau);

            VERIFIER.verifyThat(AllianceConstraintProvider::typeDiversity).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.prepare();
            f.assignAll(shiLing, procuratorate, landBureau, cityBureau);

            f.assertScoreWithOnly(AllianceConstraint.TYPE_DIVERSITY, 500, HardMediumSoftLongScore.ofSoft(-1_500));
            f.assertScoreWithOnly(AllianceConstraint.TYPE_DIVERSITY, 1_000, HardMediumSoftLongScore.ofSoft(-3_000));
            f.assertScoreWithOnly(AllianceConstraint.TYPE_DIVERSITY, 0, ZERO);
        }
    }
}
