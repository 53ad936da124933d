package org.allianceplanner.model;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("PlanPreparation 问题预处理")
class PlanPreparationTest {

    private static final GeoPoint SEAT = new GeoPoint(30.330, 107.349);

    private static Community community(String id, int population) {
        return new Community(id, id + "社区", "桂溪街道", SEAT, population, List.of());
    }

    private static Organization organization(String id, int partyMembers) {
        return new Organization(id, id, OrganizationType.AGENCY, "桂溪街道", SEAT, partyMembers, Set.of());
    }

    private static AlliancePlan plan(SizeBalance balance, List<Community> communities, List<Organization> organizations) {
        return new AlliancePlan("测试", new Rules(balance, null, List.of(), null), communities, organizations,
                new AllianceWeights());
    }

    @Nested
    @DisplayName("最大余数法分配目标 Apportionment by largest remainder")
    class Apportionment {

        @Test
        @DisplayName("10个单位分给3个社区：4/3/3，并列时给排在前面的社区 / ties go to the earlier community")
        void tiesGoToTheEarlierCommunity() {
            double third = 1.0 / 3;
            assertThat(PlanPreparation.apportion(10, new double[] {third, third, third})).containsExactly(4, 3, 3);
            assertThat(PlanPreparation.apportion(11, new double[] {third, third, third})).containsExactly(4, 4, 3);
            assertThat(PlanPreparation.apportion(2, new double[] {0.25, 0.25, 0.25, 0.25})).containsExactly(1, 1, 0, 0);
        }

        @Test
        @DisplayName("余数大者先得 / the largest remainders get the rest")
        void largestRemainderFirst() {
            // 5 × (0.375, 0.375, 0.25) = 1.875, 1.875, 1.25
            assertThat(PlanPreparation.apportion(5, new double[] {0.375, 0.375, 0.25})).containsExactly(2, 2, 1);
            // 26 × (0.48, 0.32, 0.20) = 12.48, 8.32, 5.2
            assertThat(PlanPreparation.apportion(26, new double[] {0.48, 0.32, 0.20})).containsExactly(13, 8, 5);
            // 7 × (0.1, 0.2, 0.7) = 0.7, 1.4, 4.9: the smallest community takes the second extra
            assertThat(PlanPreparation.apportion(7, new double[] {0.1, 0.2, 0.7})).containsExactly(1, 1, 5);
        }

        @Test
        @DisplayName("0个单位 / nothing to share")
        void nothing() {
            assertThat(PlanPreparation.apportion(0, new double[] {0.5, 0.5})).containsExactly(0, 0);
        }

        @Test
        @DisplayName("总数严格相等，每份在其精确值的下取整与上取整之间 / adds up exactly, each within its quota")
        void addsUpExactly() {
            Random random = new Random(20_270_101L);
            for (int round = 0; round < 2_000; round++) {
                int communities = 1 + random.nextInt(30);
                double[] populations = new double[communities];
                double sum = 0;
                for (int i = 0; i < communities; i++) {
                    populations[i] = 1 + random.nextInt(40_000);
                    sum += populations[i];
                }
                double[] shares = new double[communities];
                for (int i = 0; i < communities; i++) {
                    shares[i] = populations[i] / sum;
                }
                int total = random.nextInt(5_000);

                int[] result = PlanPreparation.apportion(total, shares);

                assertThat(Arrays.stream(result).sum()).as("round %d", round).isEqualTo(total);
                for (int i = 0; i < communities; i++) {
                    double exact = total * shares[i];
                    assertThat(result[i]).as("round %d community %d", round, i)
                            .isBetween((int) Math.floor(exact), (int) Math.floor(exact) + 1);
                }
                assertThat(PlanPreparation.apportion(total, shares)).as("deterministic").containsExactly(result);
            }
        }
    }

    @Nested
    @DisplayName("目标人数 Targets")
    class Targets {

        private final Community dongJie = community("dongjie", 12_000);
        private final Community nanJie = community("nanjie", 8_000);
        private final Community xiJie = community("xijie", 5_000);

        private List<Organization> organizations(int count, int partyMembers) {
            List<Organization> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(organization("unit-" + i, partyMembers));
            }
            return list;
        }

        private List<Integer> memberTargets() {
            return List.of(dongJie.getTargetMembers(), nanJie.getTargetMembers(), xiJie.getTargetMembers());
        }

        private List<Integer> partyTargets() {
            return List.of(dongJie.getTargetPartyMembers(), nanJie.getTargetPartyMembers(),
                    xiJie.getTargetPartyMembers());
        }

        @Test
        @DisplayName("按人口：26个单位分为13/8/5 / BY_POPULATION: 26 units as 13, 8, 5")
        void byPopulation() {
            PlanPreparation.prepare(plan(SizeBalance.BY_POPULATION, List.of(dongJie, nanJie, xiJie),
                    organizations(26, 10)));

            assertThat(memberTargets()).containsExactly(13, 8, 5);
            assertThat(partyTargets()).containsExactly(125, 83, 52); // 260 × 0.48, 0.32, 0.20 = 124.8, 83.2, 52
        }

        @Test
        @DisplayName("平均：26个单位分为9/9/8，不看人口 / EQUAL: 9, 9, 8 whatever the populations")
        void equal() {
            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(dongJie, nanJie, xiJie), organizations(26, 10)));

            assertThat(memberTargets()).containsExactly(9, 9, 8);
            assertThat(partyTargets()).containsExactly(87, 87, 86);
        }

        @Test
        @DisplayName("人口全为0时按平均 / BY_POPULATION without populations falls back to EQUAL")
        void noPopulations() {
            Community a = community("a", 0);
            Community b = community("b", 0);
            PlanPreparation.prepare(plan(SizeBalance.BY_POPULATION, List.of(a, b), organizations(5, 3)));

            assertThat(List.of(a.getTargetMembers(), b.getTargetMembers())).containsExactly(3, 2);
            assertThat(List.of(a.getTargetPartyMembers(), b.getTargetPartyMembers())).containsExactly(8, 7);
        }

        @Test
        @DisplayName("目标之和等于单位数和党员数 / targets add up to the units and their party members")
        void targetsAddUp() {
            List<Organization> units = new ArrayList<>();
            for (int i = 0; i < 181; i++) {
                units.add(organization("unit-" + i, 3 + (i * 37) % 90));
            }
            List<Community> communities = new ArrayList<>();
            for (int i = 0; i < 26; i++) {
                communities.add(community("c" + i, 3_000 + i * 613));
            }
            PlanPreparation.prepare(plan(SizeBalance.BY_POPULATION, communities, units));

            assertThat(communities.stream().mapToInt(Community::getTargetMembers).sum()).isEqualTo(181);
            assertThat(communities.stream().mapToInt(Community::getTargetPartyMembers).sum())
                    .isEqualTo(units.stream().mapToInt(Organization::getPartyMembers).sum());
        }

        @Test
        @DisplayName("没有社区时不出错 / no communities, no failure")
        void noCommunities() {
            AlliancePlan plan = plan(SizeBalance.EQUAL, List.of(), organizations(2, 5));

            assertThat(PlanPreparation.prepare(plan)).isSameAs(plan);
        }
    }

    @Nested
    @DisplayName("距离表 Distance table")
    class Distances {

        private final GeoPoint here = new GeoPoint(30.330, 107.349);
        private final GeoPoint there = new GeoPoint(30.340, 107.349);
        private final GeoPoint east = new GeoPoint(30.3381, 107.3602);

        @Test
        @DisplayName("以米计：纬度0.01°为1112米 / in metres: 0.01° of latitude is 1112 m")
        void metres() {
            Community near = new Community("near", "迎春社区", "桂溪街道", here, 1, List.of());
            Community north = new Community("north", "北街社区", "桂溪街道", there, 1, List.of());
            Organization unit = new Organization("u", "县检察院", OrganizationType.AGENCY, "桂溪街道", here, 10, Set.of());
            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(near, north), List.of(unit)));

            assertThat(near.getIndex()).isZero();
            assertThat(north.getIndex()).isEqualTo(1);
            assertThat(unit.distanceMetresTo(near)).isZero();
            assertThat(unit.distanceMetresTo(north)).isEqualTo(1_112);
        }

        @Test
        @DisplayName("单位与社区互换位置，距离相同 / swapping places gives the same distance")
        void symmetric() {
            Community atHere = new Community("a", "东街社区", "桂溪街道", here, 1, List.of());
            Community atEast = new Community("b", "桂东社区", "桂溪街道", east, 1, List.of());
            Organization fromHere = new Organization("x", "县人民医院", OrganizationType.HOSPITAL, "桂溪街道", here, 10,
                    Set.of());
            Organization fromEast = new Organization("y", "县中医院", OrganizationType.HOSPITAL, "桂溪街道", east, 10,
                    Set.of());
            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(atHere, atEast), List.of(fromHere, fromEast)));

            assertThat(fromHere.distanceMetresTo(atEast)).isEqualTo(fromEast.distanceMetresTo(atHere))
                    .isEqualTo((int) Math.round(here.metresTo(east)));
        }

        @Test
        @DisplayName("最大距离换算为米 / the maximum distance in metres")
        void maxDistanceInMetres() {
            Community c = community("c", 1);
            Organization unit = organization("u", 1);

            PlanPreparation.prepare(new AlliancePlan("p", new Rules(SizeBalance.EQUAL, 2.5, List.of(), null), List.of(c),
                    List.of(unit), new AllianceWeights()));
            assertThat(unit.getMaxDistanceMetres()).isEqualTo(2_500);

            PlanPreparation.prepare(new AlliancePlan("p", new Rules(SizeBalance.EQUAL, null, List.of(), null), List.of(c),
                    List.of(unit), new AllianceWeights()));
            assertThat(unit.getMaxDistanceMetres()).isEqualTo(Integer.MAX_VALUE);
        }

        @Test
        @DisplayName("未预处理就取距离会报错 / reading a distance before preparing fails clearly")
        void notPrepared() {
            Organization unit = organization("u", 1);

            assertThatThrownBy(() -> unit.distanceMetresTo(community("c", 1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("PlanPreparation.prepare");
        }
    }

    @Nested
    @DisplayName("职能与配额 Capabilities and quotas")
    class CapabilitiesAndQuotas {

        @Test
        @DisplayName("单位的职能满足哪些社区的需求 / which communities a unit's capabilities serve")
        void servesNeeds() {
            Community elderly = new Community("a", "迎春社区", "桂溪街道", SEAT, 1,
                    List.of(new Need("ELDERLY_CARE", 3), new Need("LEGAL_AID", 1)));
            Community roads = new Community("b", "田坝社区", "桂溪街道", SEAT, 1, List.of(new Need("ROADS_FACILITIES", 2)));
            Community none = new Community("c", "三合社区", "桂溪街道", SEAT, 1, List.of());
            Organization procuratorate = new Organization("p", "县检察院", OrganizationType.AGENCY, "桂溪街道", SEAT, 86,
                    Set.of("LEGAL_AID", "PARTY_BUILDING"));
            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(elderly, roads, none), List.of(procuratorate)));

            assertThat(procuratorate.servesAnyNeedOf(elderly)).isTrue();
            assertThat(procuratorate.servesAnyNeedOf(roads)).isFalse();
            assertThat(procuratorate.servesAnyNeedOf(none)).isFalse();
        }

        @Test
        @DisplayName("社区配额取代县级同类配额，其他类型保留 / a community's quota replaces the county's for that type")
        void effectiveQuotas() {
            TypeQuota countyAgency = new TypeQuota(OrganizationType.AGENCY, 1, null);
            TypeQuota countyLeader = new TypeQuota(OrganizationType.COUNTY_LEADER, 1, 1);
            TypeQuota ownAgency = new TypeQuota(OrganizationType.AGENCY, 0, 3);
            Community own = community("own", 1);
            own.setTypeQuotas(List.of(ownAgency));
            Community plain = community("plain", 1);
            PlanPreparation.prepare(new AlliancePlan("p",
                    new Rules(SizeBalance.EQUAL, null, List.of(countyAgency, countyLeader), null), List.of(own, plain),
                    List.of(), new AllianceWeights()));

            assertThat(own.getEffectiveQuotas()).containsExactly(ownAgency, countyLeader);
            assertThat(plain.getEffectiveQuotas()).containsExactly(countyAgency, countyLeader);
        }
    }

    @Nested
    @DisplayName("成员列表 Members")
    class Members {

        private final Community dongJie = community("dongjie", 1);
        private final Community xiJie = community("xijie", 1);
        private final Organization pinned = organization("pinned", 10);
        private final Organization warmStart = organization("warm", 10);
        private final Organization unassigned = organization("free", 10);

        @Test
        @DisplayName("按已有分配填入成员（锁定或初始方案）/ members follow the assignments an input brings")
        void membersFollowAssignments() {
            pinned.setCommunity(dongJie);
            pinned.setPinned(true);
            warmStart.setCommunity(xiJie);

            PlanPreparation.prepare(plan(SizeBalance.EQUAL, List.of(dongJie, xiJie),
                    List.of(pinned, warmStart, unassigned)));

            assertThat(dongJie.getMembers()).containsExactly(pinned);
            assertThat(xiJie.getMembers()).containsExactly(warmStart);
        }

        @Test
        @DisplayName("清除过时的成员，重复调用不重复添加 / stale members go, calling again adds no duplicates")
        void staleMembersAreReplaced() {
            AlliancePlan plan = plan(SizeBalance.EQUAL, List.of(dongJie, xiJie), List.of(pinned, warmStart, unassigned));
            dongJie.getMembers().add(unassigned); // stale: unassigned has no community
            warmStart.setCommunity(dongJie);

            PlanPreparation.prepare(plan);
            PlanPreparation.prepare(plan);

            assertThat(dongJie.getMembers()).containsExactly(warmStart);
            assertThat(xiJie.getMembers()).isEmpty();
        }
    }

    @Nested
    @DisplayName("候选日期 Candidate dates (2026)")
    class CandidateDates {

        private final ActivityCalendar calendar = Calendar2026.calendar();
        private final Community yingChun = community("yingchun", 1);
        private List<JointActivity> activities;

        private JointActivity prepared(String id) {
            if (activities == null) {
                List<ActivityType> types = ActivityType.fourOnes(calendar.reviewWindow());
                AlliancePlan plan = plan(SizeBalance.EQUAL, List.of(yingChun), List.of());
                plan.setCalendar(calendar, types, JointActivities.forAlliances(List.of(yingChun), types, calendar));
                PlanPreparation.prepare(plan);
                activities = plan.getActivities();
            }
            return activities.stream().filter(a -> a.getId().equals("yingchun/" + id)).findFirst().orElseThrow();
        }

        @Test
        @DisplayName("第四季度主题党日：没有10月1日至7日，有调休的10月10日周六，共62天 / Q4 themed party day: not 1–7 October, but make-up Saturday 10 October; 62 days")
        void octoberThemedPartyDay() {
            List<LocalDate> candidates = prepared("THEMED_PARTY_DAY/4").getCandidateDates();

            for (int d = 1; d <= 7; d++) {
                assertThat(candidates).doesNotContain(day(10, d));
            }
            assertThat(candidates).contains(day(10, 8), day(10, 9), day(10, 10)).doesNotContain(day(10, 11), day(10, 17));
            assertThat(candidates.get(0)).isEqualTo(day(10, 8));
            assertThat(candidates).hasSize(18 + 21 + 23); // workdays of October, November, December
        }

        @Test
        @DisplayName("第一季度主题党日：含调休的1月4日、2月14日、2月28日，共59天 / Q1 themed party day: the make-up days included; 59 days")
        void firstQuarterThemedPartyDay() {
            List<LocalDate> candidates = prepared("THEMED_PARTY_DAY/1").getCandidateDates();

            assertThat(candidates).contains(day(1, 4), day(2, 14), day(2, 28))
                    .doesNotContain(day(1, 1), day(1, 2), day(2, 16), day(2, 23), day(3, 7));
            assertThat(candidates.get(0)).isEqualTo(day(1, 4));
            assertThat(candidates).hasSize(21 + 16 + 22);
        }

        @Test
        @DisplayName("走访任何非节假日：3月31天、4月27天、2月19天、10月24天 / visits on any day but a holiday")
        void visits() {
            assertThat(prepared("JOINT_VISIT/3").getCandidateDates()).hasSize(31);
            assertThat(prepared("JOINT_VISIT/4").getCandidateDates()).hasSize(30 - 3)
                    .doesNotContain(day(4, 4), day(4, 5), day(4, 6)).contains(day(4, 11), day(4, 12));
            assertThat(prepared("JOINT_VISIT/2").getCandidateDates()).hasSize(28 - 9).contains(day(2, 14), day(2, 24));
            assertThat(prepared("JOINT_VISIT/10").getCandidateDates()).hasSize(31 - 7);
        }

        @Test
        @DisplayName("上半年志愿服务只在周末：不含调休日和节假日周末，共38天 / H1 volunteer service: plain weekend days only; 38")
        void volunteerServiceOnWeekends() {
            List<LocalDate> candidates = prepared("VOLUNTEER_SERVICE/1").getCandidateDates();

            assertThat(candidates).contains(day(1, 10), day(3, 14), day(3, 15), day(4, 11))
                    .doesNotContain(day(1, 3), day(1, 4), day(2, 14), day(2, 21), day(2, 28), day(4, 4), day(5, 9),
                            day(6, 20), day(3, 18));
            assertThat(candidates).hasSize(7 + 3 + 9 + 6 + 7 + 6); // January to June
        }

        @Test
        @DisplayName("述职评议：12月21日至次年1月20日的工作日，不含元旦，共22天 / year-end review: workdays of its window but New Year's Day; 22")
        void yearEndReview() {
            List<LocalDate> candidates = prepared("YEAR_END_REVIEW/1").getCandidateDates();

            assertThat(candidates.get(0)).isEqualTo(day(12, 21));
            assertThat(candidates.get(candidates.size() - 1)).isEqualTo(LocalDate.of(2027, 1, 20));
            assertThat(candidates).doesNotContain(day(12, 20), day(12, 26), LocalDate.of(2027, 1, 1));
            assertThat(candidates).hasSize(5 + 4 + 5 + 5 + 3);
        }

        @Test
        @DisplayName("每项活动的候选日期都按序、在时段内、不逢节假日、日期类型相符 / every candidate is in order, in the window, no holiday, the right kind")
        void everyCandidateIsAllowed() {
            prepared("JOINT_VISIT/1");
            assertThat(activities).hasSize(19);
            for (JointActivity activity : activities) {
                List<LocalDate> candidates = activity.getCandidateDates();
                assertThat(candidates).as(activity.getId()).isNotEmpty().isSorted().doesNotHaveDuplicates();
                assertThat(candidates).as(activity.getId()).allSatisfy(d -> {
                    assertThat(activity.getWindow().contains(d)).isTrue();
                    assertThat(calendar.isHoliday(d)).isFalse();
                    assertThat(calendar.allows(activity.getType().dayKind(), d)).isTrue();
                });
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aDistanceLimitBeyondAnyRealDistanceIsNoLimit() {
        org.assertj.core.api.Assertions.assertThat(PlanPreparation.maxDistanceMetres(8.0)).isEqualTo(8000);
        org.assertj.core.api.Assertions.assertThat(PlanPreparation.maxDistanceMetres(null)).isEqualTo(Integer.MAX_VALUE);
        // Once (int) Math.round(3e9) wrapped to a negative limit that every unit broke.
        org.assertj.core.api.Assertions.assertThat(PlanPreparation.maxDistanceMetres(3_000_000.0))
                .isEqualTo(Integer.MAX_VALUE);
        org.assertj.core.api.Assertions.assertThat(PlanPreparation.maxDistanceMetres(1e308)).isEqualTo(Integer.MAX_VALUE);
    }
}
