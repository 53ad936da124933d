package org.allianceplanner.benchmark;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.model.Calendar2026;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.GeoPoint;
import org.allianceplanner.model.JointActivities;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.PlanPreparation;
import org.allianceplanner.model.Rules;
import org.allianceplanner.solver.AllianceSolvers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GreedyBaseline 手工基线")
class GreedyBaselineTest {

    private static final GeoPoint SEAT = new GeoPoint(30.330, 107.349);
    private static final double METRES_PER_DEGREE_LATITUDE = 6_371_000.0 * Math.PI / 180.0;

    private final List<Community> communities = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();

    /** A community {@code northMetres} north of the county seat; {@code max} null for no maximum. */
    private Community community(String id, double northMetres, Integer max) {
        Community c = new Community(id, id + "社区", "桂溪街道", north(northMetres), 1000,
                List.of(new Need("ELDERLY_CARE", 3)));
        c.setMaxMembers(max);
        communities.add(c);
        return c;
    }

    private Organization organization(String id, double northMetres) {
        Organization o = new Organization(id, id, OrganizationType.AGENCY, "桂溪街道", north(northMetres), 10,
                Set.of("ELDERLY_CARE"));
        organizations.add(o);
        return o;
    }

    private static GeoPoint north(double metres) {
        return new GeoPoint(SEAT.lat() + metres / METRES_PER_DEGREE_LATITUDE, SEAT.lon());
    }

    private AlliancePlan plan() {
        return PlanPreparation.prepare(new AlliancePlan("测试", Rules.defaults(), communities, organizations,
                new AllianceWeights()));
    }

    @Test
    @DisplayName("最近且有空位；排除的社区不去；满员的跳过；都满则不分配 / nearest with room, exclusions, full ones skipped, none → unassigned")
    void nearestCommunityWithRoom() {
        Community a = community("A", 0, 2);
        Community b = community("B", 1_000, 1);
        Community c = community("C", 3_000, 1);
        Community d = community("D", 10_000, 1);
        // Pinned, far from A, and listed last: it still keeps A and takes one of A's two places first.
        Organization o1 = organization("o1", 100);
        Organization o2 = organization("o2", 0);
        Organization o3 = organization("o3", 3_100);
        o3.setExcludedCommunities(Set.of(c));
        Organization o4 = organization("o4", 2_900);
        Organization o5 = organization("o5", 0);
        Organization pinned = organization("p", 5_000);
        pinned.setCommunity(a);
        pinned.setPinned(true);
        AlliancePlan plan = plan();
        // Arrives assigned but not pinned: the baseline decides afresh.
        o5.setCommunity(b);

        GreedyBaseline.assign(plan);

        assertThat(pinned.getCommunity()).isSameAs(a);
        assertThat(o1.getCommunity()).as("nearest, A has one place left").isSameAs(a);
        assertThat(o2.getCommunity()).as("A is full, next nearest").isSameAs(b);
        assertThat(o3.getCommunity()).as("C is nearest but excluded; A and B are full").isSameAs(d);
        assertThat(o4.getCommunity()).as("nearest, room").isSameAs(c);
        assertThat(o5.getCommunity()).as("every community is full").isNull();
        assertThat(a.getMembers()).containsExactlyInAnyOrder(o1, pinned);
        assertThat(b.getMembers()).containsExactly(o2);
        assertThat(c.getMembers()).containsExactly(o4);
        assertThat(d.getMembers()).containsExactly(o3);
    }

    @Test
    @DisplayName("没有上限的社区总有空位；并列时取排在前面的 / no maximum means room; ties go to the earlier community")
    void noMaximumAndTies() {
        Community first = community("first", 500, null);
        Community second = community("second", -500, null);
        List<Organization> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(organization("o" + i, 0));
        }
        GreedyBaseline.assign(plan());

        assertThat(all).allSatisfy(o -> assertThat(o.getCommunity()).isSameAs(first));
        assertThat(second.getMembers()).isEmpty();
    }

    @Test
    @DisplayName("活动取候选日期的第一天，固定的保留 / activities on their first candidate date, pinned ones kept")
    void activitiesOnTheirFirstCandidateDate() {
        community("A", 0, null);
        organization("o1", 0);
        ActivityCalendar calendar = Calendar2026.calendar();
        List<ActivityType> types = ActivityType.fourOnes(calendar.reviewWindow());
        AlliancePlan plan = new AlliancePlan("测试", Rules.defaults(), communities, organizations, new AllianceWeights());
        plan.setCalendar(calendar, types, JointActivities.forAlliances(communities, types, calendar));
        PlanPreparation.prepare(plan);
        JointActivity pinnedVisit = byId(plan).get("A/JOINT_VISIT/2");
        pinnedVisit.setDate(day(2, 10));
        pinnedVisit.setPinned(true);

        GreedyBaseline.assign(plan);

        Map<String, JointActivity> activities = byId(plan);
        // 1–3 January are holidays; Sunday 4 January is a make-up workday, so any-day and workday types take it.
        assertThat(activities.get("A/JOINT_VISIT/1").getDate()).isEqualTo(day(1, 4));
        assertThat(activities.get("A/THEMED_PARTY_DAY/1").getDate()).isEqualTo(day(1, 4));
        // The first weekend day that is neither a holiday nor a make-up workday.
        assertThat(activities.get("A/VOLUNTEER_SERVICE/1").getDate()).isEqualTo(day(1, 10));
        // National Day, 1–7 October.
        assertThat(activities.get("A/JOINT_VISIT/10").getDate()).isEqualTo(day(10, 8));
        // The review window opens on Sunday 20 December.
        assertThat(activities.get("A/YEAR_END_REVIEW/1").getDate()).isEqualTo(day(12, 21));
        assertThat(activities.get("A/JOINT_VISIT/2").getDate()).isEqualTo(day(2, 10));
        assertThat(plan.getActivities()).allSatisfy(a -> assertThat(a.getDate())
                .isEqualTo(a.isPinned() ? day(2, 10) : a.getCandidateDates().get(0)));
    }

    @Test
    @DisplayName("结果带有求解器的得分与KPI / the result carries the solver's score and the KPIs")
    void runScoresWithTheSolversConstraints() {
        community("A", 0, 1);
        community("B", 2_000, 1);
        organization("o1", 0);
        organization("o2", 100);
        organization("o3", 200);
        AlliancePlan plan = plan();

        GreedyBaseline.Result result = GreedyBaseline.run(plan);

        assertThat(result.kpis().assigned()).isEqualTo(2);
        assertThat(result.kpis().unassigned()).isEqualTo(1);
        assertThat(result.kpis().maxDistanceKm()).isCloseTo(1.9, offset(0.01));
        assertThat(plan.getScore()).isNotNull();
        assertThat(plan.getScore().isSolutionInitialized()).isTrue();
        assertThat(plan.getScore().toString()).isEqualTo(AllianceSolvers.withDefaults().explain(plan).score());
    }

    private static Map<String, JointActivity> byId(AlliancePlan plan) {
        return plan.getActivities().stream().collect(Collectors.toMap(JointActivity::getId, Function.identity()));
    }
}
