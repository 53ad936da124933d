package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.GUIYANG;
import static org.allianceplanner.model.ActivityType.JOINT_VISIT;
import static org.allianceplanner.model.ActivityType.THEMED_PARTY_DAY;
import static org.allianceplanner.model.ActivityType.VOLUNTEER_SERVICE;
import static org.allianceplanner.model.ActivityType.YEAR_END_REVIEW;
import static org.allianceplanner.model.Calendar2026.day;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Calendar2026;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.TypeQuota;

/**
 * A small plan in which every constraint matches, allocation and calendar, with each match weight worked out by
 * hand in {@link #MATCH_WEIGHTS}:
 * <pre>
 * 迎春社区 (桂溪, max 2; needs 养老 3, 法律 1): 县检察院 (0 m), 县委教育工委 (600 m), 县城管局 (1200 m)
 * 南阳社区 (桂阳, 9.3 km north, min 2; needs 医疗 2): 县妇幼保健院 (0 m from 迎春, home 迎春, excludes 南阳,
 *          currently in 迎春)
 * unassigned: 电力公司
 * rules: max 8 km, no moves allowed, every alliance at least one agency; targets (EQUAL, 5 units, 226 party members): 3/2, 113/113
 * </pre>
 * and nine of its joint activities of 2026 ({@link Calendar2026} with the first Friday, a review panel of 1 a day,
 * 7 days between an alliance's activities and 1 activity a street a day). 县委教育工委 is busy with the exams of
 * 7–10 June (高考、中考); the unassigned 电力公司 overhauls its lines all June, which concerns no alliance.
 * <pre>
 * 迎春 (桂溪) themed party day #1  Mon 2026-03-09  3 days from Fri 6 March          themedPartyDay 3
 *            volunteer service #1 Wed 2026-03-18  weekend-only, on a workday        activityDayKind 1
 *            joint visit #3       Wed 2026-04-08  March's visit in April            activityOutsideWindow 1
 *            joint visit #6       Mon 2026-06-08  教育工委's exams                    memberBlackout 1
 *            themed party day #4  Fri 2026-10-02  the fixed day, in 国庆              activityOnHoliday 1
 *            year-end review #1   Tue 2026-12-22  with 南阳's: 2 reviews, 1 a day     reviewPanelCapacity 1,
 *                                                 and 2 reviews the same day        activitySpread 1 pair
 * 南阳 (桂阳) joint visit #6       Fri 2026-06-05  with its themed party day #2:     allianceSameDay 1,
 *            themed party day #2  Fri 2026-06-05  0 days apart, 7 short; 2 in 桂阳  activityGap 7, streetDailyLoad 1
 *            year-end review #1   Tue 2026-12-22
 * </pre>
 * 迎春's activities are at least 9 days apart and no day has more than one of them.
 */
final class EveryRuleBrokenCounty {

    /** The exam days (高考、中考) that keep the education work committee away. */
    static final DateRange EXAMS = DateRange.parse("2026-06-07/2026-06-10");

    /** Unweighted match weight of every constraint in this plan. */
    static final Map<AllianceConstraint, Long> MATCH_WEIGHTS = Map.ofEntries(
            Map.entry(AllianceConstraint.COMMUNITY_OVER_MAX, 1L), // 迎春: 3 members, max 2
            Map.entry(AllianceConstraint.COMMUNITY_UNDER_MIN, 1L), // 南阳: 1 member, min 2
            Map.entry(AllianceConstraint.EXCLUDED_COMMUNITY, 1L), // 妇幼保健院 in 南阳
            Map.entry(AllianceConstraint.MAX_DISTANCE, 1L), // 妇幼保健院 9.3 km > 8 km
            Map.entry(AllianceConstraint.TYPE_QUOTA, 1L), // 南阳 has no agency
            Map.entry(AllianceConstraint.MOVE_BUDGET, 1L), // 妇幼保健院 moved, budget 0
            Map.entry(AllianceConstraint.UNASSIGNED, 1L), // 电力公司
            Map.entry(AllianceConstraint.DISTANCE, 0L + 600 + 1_200 + 9_300),
            Map.entry(AllianceConstraint.HOME_COMMUNITY, 1L), // 妇幼保健院 stands in 迎春
            Map.entry(AllianceConstraint.OUTSIDE_STREET, 1L), // 妇幼保健院 (桂溪) in 南阳 (桂阳)
            Map.entry(AllianceConstraint.UNCOVERED_NEED, 3L), // 迎春's elderly care (3)
            Map.entry(AllianceConstraint.IDLE_MEMBER, 2L), // 教育工委 and 城管局 in 迎春
            Map.entry(AllianceConstraint.SIZE_BALANCE, 1L), // 迎春 3 = 3, 南阳 1 vs 2
            Map.entry(AllianceConstraint.PARTY_MEMBER_BALANCE, 38L + 55L), // 迎春 156 vs 113 (38 %), 南阳 50 vs 113 (55 %)
            Map.entry(AllianceConstraint.TYPE_DIVERSITY, 3L), // three agencies in 迎春
            Map.entry(AllianceConstraint.STABILITY, 1L), // 妇幼保健院 left 迎春
            Map.entry(AllianceConstraint.ACTIVITY_ON_HOLIDAY, 1L), // 迎春's themed party day on 2 October
            Map.entry(AllianceConstraint.ACTIVITY_DAY_KIND, 1L), // 迎春's volunteer service on a Wednesday
            Map.entry(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW, 1L), // 迎春's March visit in April
            Map.entry(AllianceConstraint.REVIEW_PANEL_CAPACITY, 1L), // 2 reviews on 22 December, 1 a day
            Map.entry(AllianceConstraint.ALLIANCE_SAME_DAY, 1L), // 南阳's visit and themed party day on 5 June
            Map.entry(AllianceConstraint.MEMBER_BLACKOUT, 1L), // 迎春's June visit in 教育工委's exams
            Map.entry(AllianceConstraint.THEMED_PARTY_DAY, 3L), // 迎春's on Mon 9 March, fixed day Fri 6 March
            Map.entry(AllianceConstraint.ACTIVITY_GAP, 7L), // 南阳's two on 5 June: 0 days apart, 7 short
            Map.entry(AllianceConstraint.STREET_DAILY_LOAD, 1L), // 2 activities in 桂阳 on 5 June, 1 a day
            Map.entry(AllianceConstraint.ACTIVITY_SPREAD, 1L)); // the two reviews on 22 December

    final AllianceFixture fixture = new AllianceFixture().maxDistanceKm(8.0).maxMoves(0)
            .countyQuotas(new TypeQuota(OrganizationType.AGENCY, 1, null));
    final Community yingChun = fixture.community("yingchun", "迎春社区", GUIXI, 0, 12_000,
            new Need("ELDERLY_CARE", 3), new Need("LEGAL_AID", 1));
    final Community nanYang = fixture.community("nanyang", "南阳社区", GUIYANG, 9_300, 8_000,
            new Need("HEALTH_CARE", 2));
    final Organization procuratorate = fixture.organization("procuratorate", "县检察院", OrganizationType.AGENCY,
            GUIXI, 0, 86, "LEGAL_AID");
    final Organization education = fixture.organization("education", "县委教育工委", OrganizationType.AGENCY,
            GUIXI, 600, 40, "CHILDREN_YOUTH");
    final Organization cityBureau = fixture.organization("chengguan", "县城管局", OrganizationType.AGENCY,
            GUIXI, 1_200, 30, "SANITATION");
    final Organization maternity = fixture.organization("maternity", "县妇幼保健院", OrganizationType.HOSPITAL,
            GUIXI, 0, 50, "HEALTH_CARE");
    final Organization power = fixture.organization("power", "电力公司", OrganizationType.STATE_ENTERPRISE,
            GUIXI, 300, 20, "UTILITIES");

    {
        fixture.calendar(Calendar2026.calendar(Calendar2026.FIRST_FRIDAY, 1, 7, 1));
    }

    final JointActivity yingChunThemedMarch = fixture.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 9));
    final JointActivity yingChunVolunteer = fixture.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 18));
    final JointActivity yingChunVisitMarch = fixture.activity(yingChun, JOINT_VISIT, 3, day(4, 8));
    final JointActivity yingChunVisitJune = fixture.activity(yingChun, JOINT_VISIT, 6, day(6, 8));
    final JointActivity yingChunThemedOctober = fixture.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 2));
    final JointActivity yingChunReview = fixture.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 22));
    final JointActivity nanYangVisitJune = fixture.activity(nanYang, JOINT_VISIT, 6, day(6, 5));
    final JointActivity nanYangThemedJune = fixture.activity(nanYang, THEMED_PARTY_DAY, 2, day(6, 5));
    final JointActivity nanYangReview = fixture.activity(nanYang, YEAR_END_REVIEW, 1, day(12, 22));

    /** The prepared plan with default weights and members filled in, as the solver would leave them. */
    AlliancePlan plan() {
        yingChun.setMaxMembers(2);
        nanYang.setMinMembers(2);
        maternity.setHomeCommunity(yingChun);
        maternity.setCurrentCommunity(yingChun);
        maternity.setExcludedCommunities(Set.of(nanYang));
        education.setBlackoutDates(List.of(EXAMS));
        power.setBlackoutDates(List.of(DateRange.parse("2026-06-01/2026-06-30")));
        AlliancePlan plan = fixture.prepare();
        fixture.assignAll(yingChun, procuratorate, education, cityBureau);
        fixture.assign(maternity, nanYang);
        fixture.assign(power, null);
        return plan;
    }
}
