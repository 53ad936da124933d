package org.allianceplanner.constraints;

import static org.allianceplanner.constraints.AllianceFixture.GUIXI;
import static org.allianceplanner.constraints.AllianceFixture.GUIYANG;
import static org.allianceplanner.constraints.AllianceFixture.VERIFIER;
import static org.allianceplanner.model.ActivityType.JOINT_VISIT;
import static org.allianceplanner.model.ActivityType.THEMED_PARTY_DAY;
import static org.allianceplanner.model.ActivityType.VOLUNTEER_SERVICE;
import static org.allianceplanner.model.ActivityType.YEAR_END_REVIEW;
import static org.allianceplanner.model.Calendar2026.FIRST_FRIDAY;
import static org.allianceplanner.model.Calendar2026.day;
import static org.allianceplanner.model.OrganizationType.AGENCY;
import static org.allianceplanner.model.OrganizationType.HOSPITAL;
import static org.allianceplanner.model.OrganizationType.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.Calendar2026;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.ThemedPartyDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The rules of the joint activity calendar (the "four ones", 四个一) in 2026 as the State Council arranged
 * it: 元旦 1–3 Jan (work Sun 4 Jan), 春节 15–23 Feb (work Sat 14 and Sat 28 Feb), 清明 4–6 Apr, 劳动节 1–5 May
 * (work Sat 9 May), 端午 19–21 Jun, 中秋 25–27 Sep, 国庆 1–7 Oct (work Sun 20 Sep and Sat 10 Oct); see
 * {@link Calendar2026}. Six hard rules and four soft ones.
 */
@DisplayName("联合活动日程 Joint activity calendar")
class CalendarRulesTest {

    private static final HardMediumSoftLongScore ZERO = HardMediumSoftLongScore.ZERO;

    /** Communities of {@code street}, named after its real communities, at the county seat. */
    private static List<Community> communities(AllianceFixture f, String street, String... names) {
        return java.util.Arrays.stream(names).map(name -> f.community(street + "-" + name, name + "社区", street,
                0, 10_000)).toList();
    }

    // ---- hard -------------------------------------------------------------------------------------

    @Nested
    @DisplayName("activityOnHoliday 活动安排在法定节假日")
    class ActivityOnHoliday {

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final Community yingChun = f.community("yingchun", "迎春社区");

        @Test
        @DisplayName("国庆节10月1日的主题党日：罚1 / a themed party day on 1 October penalizes 1")
        void themedPartyDayOnNationalDay() {
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 1));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOnHoliday).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("春节、劳动节周六、2027年元旦各罚1 / each activity on a holiday counts, weekend holidays too")
        void everyActivityOnAHolidayCounts() {
            f.activity(yingChun, JOINT_VISIT, 2, day(2, 17)); // 春节 Tuesday
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(5, 2)); // 劳动节 Saturday
            f.activity(yingChun, YEAR_END_REVIEW, 1, LocalDate.of(2027, 1, 1)); // 元旦 in the review window
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 8)); // the day after 国庆
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOnHoliday).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("调休上班日、普通周末、节前节后都不是节假日 / make-up workdays, plain weekends and the days around a holiday are not holidays")
        void notHolidays() {
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(2, 14)); // make-up Saturday before 春节
            f.activity(yingChun, JOINT_VISIT, 1, day(1, 4)); // make-up Sunday after 元旦
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 14)); // a plain Saturday
            f.activity(yingChun, JOINT_VISIT, 9, day(9, 24)); // the Thursday before 中秋
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 8)); // the Thursday after 国庆
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOnHoliday).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 1));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 19)); // 端午
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 10));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_ON_HOLIDAY, 1, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_ON_HOLIDAY, 2, HardMediumSoftLongScore.ofHard(-4));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_ON_HOLIDAY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("activityDayKind 活动日期类型不符")
    class ActivityDayKind {

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final Community yingChun = f.community("yingchun", "迎春社区");

        @Test
        @DisplayName("只能在工作日的述职评议放在周六12月26日：罚1 / a workday-only review on Saturday 26 December penalizes 1")
        void reviewOnASaturday() {
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 26));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("调休上班的周六周日算工作日 / make-up Saturdays and Sundays are workdays")
        void workdayTypesOnMakeUpWorkdays() {
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(2, 14)); // Saturday
            f.activity(yingChun, THEMED_PARTY_DAY, 3, day(9, 20)); // Sunday
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 10)); // Saturday
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("周末活动放在调休上班的周六2月28日：罚1 / a weekend-only service on make-up Saturday 28 February penalizes 1")
        void weekendTypeOnAMakeUpSaturday() {
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(2, 28));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("周末活动放在周三、工作日活动放在周日，各罚1 / each activity on the wrong kind of day counts")
        void everyWrongDayCounts() {
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 18)); // Wednesday
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 8)); // Sunday
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 22)); // Tuesday: fine
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("日期类型相符不罚；走访任何非节假日都可 / the right kinds of day; visits may be on any day")
        void rightKindsOfDay() {
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 14)); // Saturday
            f.activity(yingChun, VOLUNTEER_SERVICE, 2, day(9, 13)); // Sunday
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6)); // Friday
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 22)); // Tuesday
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 21)); // Saturday
            f.activity(yingChun, JOINT_VISIT, 5, day(5, 9)); // make-up Saturday
            f.activity(yingChun, JOINT_VISIT, 7, day(7, 15)); // Wednesday
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("节假日只由节假日规则计罚，不重复计罚 / a holiday is left to the holiday rule")
        void holidaysAreLeftToTheirOwnRule() {
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 1)); // workday type on a Thursday holiday
            f.activity(yingChun, VOLUNTEER_SERVICE, 2, day(10, 3)); // weekend type on a Saturday holiday
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityDayKind).given(f.facts()).penalizesBy(0);
            VERIFIER.verifyThat(AllianceConstraintProvider::activityOnHoliday).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 26));
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(2, 28));
            f.activity(yingChun, VOLUNTEER_SERVICE, 2, day(10, 10));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_DAY_KIND, 1, HardMediumSoftLongScore.ofHard(-3));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_DAY_KIND, 2, HardMediumSoftLongScore.ofHard(-6));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_DAY_KIND, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("activityOutsideWindow 活动不在规定时段内")
    class ActivityOutsideWindow {

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final Community yingChun = f.community("yingchun", "迎春社区");
        private final Community nanYang = f.community("nanyang", "南阳社区", GUIYANG, 0, 8_000);

        @Test
        @DisplayName("三月的走访放在4月8日：罚1 / March's visit on 8 April penalizes 1")
        void marchVisitInApril() {
            f.activity(yingChun, JOINT_VISIT, 3, day(4, 8));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOutsideWindow).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("时段首尾两天都在时段内 / a window's first and last days are inside it")
        void windowEdgesAreInside() {
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 1));
            f.activity(nanYang, JOINT_VISIT, 3, day(3, 31));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(4, 1));
            f.activity(nanYang, THEMED_PARTY_DAY, 2, day(6, 30));
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 21));
            f.activity(nanYang, YEAR_END_REVIEW, 1, LocalDate.of(2027, 1, 20));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOutsideWindow).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("时段前一天、后一天各罚1 / the day before and the day after each count")
        void justOutsideTheEdges() {
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 18)); // window starts Sun 20 Dec
            f.activity(nanYang, YEAR_END_REVIEW, 1, LocalDate.of(2027, 1, 21)); // window ends 20 Jan
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(7, 4)); // first half-year ends 30 Jun
            f.activity(nanYang, THEMED_PARTY_DAY, 1, day(4, 3)); // first quarter ends 31 Mar
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityOutsideWindow).given(f.facts()).penalizesBy(4);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.activity(yingChun, JOINT_VISIT, 3, day(4, 8));
            f.activity(nanYang, JOINT_VISIT, 3, day(3, 9));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW, 1, HardMediumSoftLongScore.ofHard(-1));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW, 2, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_OUTSIDE_WINDOW, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("reviewPanelCapacity 述职评议超过评议组每日容量")
    class ReviewPanelCapacity {

        private final AllianceFixture f = new AllianceFixture();
        private List<Community> alliances;

        /** Five 桂溪 alliances under a calendar whose panel holds {@code reviewsPerDay} reviews a day. */
        private void county(int reviewsPerDay) {
            f.calendar(Calendar2026.calendar(FIRST_FRIDAY, reviewsPerDay, 7, 6));
            alliances = communities(f, GUIXI, "东街", "南街", "西街", "北街", "镇中");
        }

        /** The reviews of {@code count} alliances from the {@code from}-th, on {@code day}. */
        private void reviews(int from, int count, LocalDate day) {
            for (int i = from; i < from + count; i++) {
                f.activity(alliances.get(i), YEAR_END_REVIEW, 1, day);
            }
        }

        @Test
        @DisplayName("每日3场、12月22日4场：罚1 / 4 reviews on one day with 3 a day penalizes 1")
        void fourReviewsOnOneDay() {
            county(3);
            reviews(0, 4, day(12, 22));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::reviewPanelCapacity).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("恰好3场不罚（没有匹配）/ exactly 3 is fine: no match at all")
        void atCapacity() {
            county(3);
            reviews(0, 3, day(12, 22));
            reviews(3, 2, day(12, 23));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::reviewPanelCapacity).given(f.facts()).penalizes(0);
        }

        @Test
        @DisplayName("每日4场时4场不罚 / a panel of 4 a day takes 4")
        void largerPanel() {
            county(4);
            reviews(0, 4, day(12, 22));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::reviewPanelCapacity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("每日1场：一天3场、另一天2场，罚2+1 / per review over, day by day")
        void everyReviewOverCountsPerDay() {
            county(1);
            reviews(0, 3, day(12, 22));
            reviews(3, 2, LocalDate.of(2027, 1, 5));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::reviewPanelCapacity).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("同日的其他活动不占评议组 / other activities that day do not need the panel")
        void otherActivitiesDoNotNeedThePanel() {
            county(3);
            reviews(0, 3, day(12, 22));
            for (Community alliance : alliances) {
                f.activity(alliance, JOINT_VISIT, 12, day(12, 22));
            }
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::reviewPanelCapacity).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            county(3);
            reviews(0, 5, day(12, 22));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.REVIEW_PANEL_CAPACITY, 1, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.REVIEW_PANEL_CAPACITY, 2, HardMediumSoftLongScore.ofHard(-4));
            f.assertScoreWithOnly(AllianceConstraint.REVIEW_PANEL_CAPACITY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("allianceSameDay 同一联合体同日两项活动")
    class AllianceSameDay {

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final Community yingChun = f.community("yingchun", "迎春社区");
        private final Community nanYang = f.community("nanyang", "南阳社区", GUIYANG, 0, 8_000);

        @Test
        @DisplayName("迎春六月的走访和主题党日同在6月5日：罚1 / two activities of one alliance on one day penalize 1")
        void twoOnOneDay() {
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 5));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 5));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::allianceSameDay).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("同日三项活动：3对 / three on one day are 3 pairs")
        void threeOnOneDay() {
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 6));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 6));
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(6, 6));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::allianceSameDay).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("不同联合体同日、同一联合体相邻两天都不罚 / other alliances that day, or the next day, are fine")
        void differentAlliancesOrDays() {
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 5));
            f.activity(nanYang, JOINT_VISIT, 6, day(6, 5));
            f.activity(nanYang, THEMED_PARTY_DAY, 2, day(6, 4));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 4));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::allianceSameDay).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 5));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 5));
            f.activity(nanYang, JOINT_VISIT, 6, day(6, 5));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ALLIANCE_SAME_DAY, 1, HardMediumSoftLongScore.ofHard(-1));
            f.assertScoreWithOnly(AllianceConstraint.ALLIANCE_SAME_DAY, 2, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.ALLIANCE_SAME_DAY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("memberBlackout 活动日成员单位不便参加")
    class MemberBlackout {

        private static final DateRange EXAMS = DateRange.parse("2026-06-07/2026-06-10"); // 高考、中考

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final Community yingChun = f.community("yingchun", "迎春社区");
        private final Community nanYang = f.community("nanyang", "南阳社区", GUIYANG, 0, 8_000);
        private final Organization school = f.organization("school", "锦城教育学校", SCHOOL);
        private final Organization procuratorate = f.organization("procuratorate", "县检察院", AGENCY);

        @Test
        @DisplayName("学校6月7日至10日考试，迎春六月走访在6月8日：罚1 / the June visit during the member school's exams penalizes 1")
        void visitDuringTheSchoolsExams() {
            school.setBlackoutDates(List.of(EXAMS));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 8));
            f.prepare();
            f.assignAll(yingChun, school, procuratorate);

            VERIFIER.verifyThat(AllianceConstraintProvider::memberBlackout).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("学校在另一个联合体：不罚 / the school in another alliance is fine")
        void schoolInAnotherAlliance() {
            school.setBlackoutDates(List.of(EXAMS));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 8));
            f.prepare();
            f.assign(school, nanYang);
            f.assign(procuratorate, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::memberBlackout).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("学校未分配：不罚 / an unassigned school is fine")
        void unassignedSchool() {
            school.setBlackoutDates(List.of(EXAMS));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 8));
            f.prepare();
            f.assign(school, null);
            f.assign(procuratorate, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::memberBlackout).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("不便日期首尾两天都算，前后一天不算 / the blackout's first and last days count, the days around it do not")
        void blackoutEdges() {
            school.setBlackoutDates(List.of(EXAMS));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 7)); // first day
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 10)); // last day
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(6, 6)); // the day before
            f.activity(yingChun, JOINT_VISIT, 7, day(7, 11)); // another month
            f.activity(nanYang, JOINT_VISIT, 6, day(6, 11)); // the day after, in the other alliance anyway
            f.prepare();
            f.assign(school, yingChun);

            VERIFIER.verifyThat(AllianceConstraintProvider::memberBlackout).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("每项活动的每个不便成员各罚1，多段不便日期都算 / per member and activity, every blackout range")
        void perMemberAndActivity() {
            school.setBlackoutDates(List.of(DateRange.parse("2026-01-19/2026-01-23"), EXAMS)); // 期末考试 too
            Organization hospital = f.organization("hospital", "县人民医院", HOSPITAL);
            hospital.setBlackoutDates(List.of(DateRange.parse("2026-06-08/2026-06-09"))); // 等级评审
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 8)); // both
            f.activity(yingChun, JOINT_VISIT, 1, day(1, 21)); // the school only
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 10)); // the school only
            f.prepare();
            f.assignAll(yingChun, school, hospital, procuratorate);

            VERIFIER.verifyThat(AllianceConstraintProvider::memberBlackout).given(f.facts()).penalizesBy(4);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            school.setBlackoutDates(List.of(EXAMS));
            procuratorate.setBlackoutDates(List.of(DateRange.parse("2026-06-08"))); // 巡视反馈会
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 8));
            f.prepare();
            f.assignAll(yingChun, school, procuratorate);

            f.assertScoreWithOnly(AllianceConstraint.MEMBER_BLACKOUT, 1, HardMediumSoftLongScore.ofHard(-2));
            f.assertScoreWithOnly(AllianceConstraint.MEMBER_BLACKOUT, 2, HardMediumSoftLongScore.ofHard(-4));
            f.assertScoreWithOnly(AllianceConstraint.MEMBER_BLACKOUT, 0, ZERO);
        }
    }

    // ---- soft -------------------------------------------------------------------------------------

    @Nested
    @DisplayName("themedPartyDay 主题党日偏离全县固定日（每天）")
    class ThemedPartyDayRule {

        private final AllianceFixture f = new AllianceFixture();
        private Community yingChun;

        private void county(ThemedPartyDay fixedDay) {
            f.calendar(Calendar2026.calendar(fixedDay, 3, 7, 6));
            yingChun = f.community("yingchun", "迎春社区");
        }

        @Test
        @DisplayName("固定为每月第一个周五，3月9日周一举行：罚3 / Monday 9 March against Friday 6 March penalizes 3")
        void mondayAfterTheFirstFriday() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 9));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("正好在固定日不罚 / on the fixed day is fine")
        void onTheFixedDay() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, THEMED_PARTY_DAY, 3, day(7, 3));
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(12, 4));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("日历没有固定主题党日时不罚 / no penalty when the calendar fixes no day")
        void noFixedDay() {
            county(null);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 9));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("其他活动不受固定日约束 / other types are not bound to the fixed day")
        void otherTypesAreFree() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 9));
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 28));
            f.activity(yingChun, YEAR_END_REVIEW, 1, day(12, 22));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("10月第一个周五逢国庆，顺延到10月8日：罚6 / October's first Friday is in the holiday: 8 October is 6 days away")
        void fixedDayInTheNationalDayHoliday() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, THEMED_PARTY_DAY, 4, day(10, 8));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(6);
        }

        @Test
        @DisplayName("按所在月份的固定日计：3月30日距3月6日24天，而不是距4月3日4天 / measured within its own month")
        void measuredWithinItsMonth() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 30));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(24);
        }

        @Test
        @DisplayName("固定为每月最后一个周五，3月25日：罚2 / last Friday: Wednesday 25 March is 2 days from 27 March")
        void lastFriday() {
            county(ThemedPartyDay.parse("LAST_FRIDAY"));
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 25));
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 26));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::themedPartyDay).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            county(FIRST_FRIDAY);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 9));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.THEMED_PARTY_DAY, 1_000, HardMediumSoftLongScore.ofSoft(-3_000));
            f.assertScoreWithOnly(AllianceConstraint.THEMED_PARTY_DAY, 2_000, HardMediumSoftLongScore.ofSoft(-6_000));
            f.assertScoreWithOnly(AllianceConstraint.THEMED_PARTY_DAY, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("activityGap 同一联合体活动间隔过近（每少一天）")
    class ActivityGap {

        private final AllianceFixture f = new AllianceFixture();
        private Community yingChun;
        private Community nanYang;

        private void county(int minGapDays) {
            f.calendar(Calendar2026.calendar(FIRST_FRIDAY, 3, minGapDays, 6));
            yingChun = f.community("yingchun", "迎春社区");
            nanYang = f.community("nanyang", "南阳社区", GUIYANG, 0, 8_000);
        }

        @Test
        @DisplayName("至少隔7天，3月6日与3月9日只隔3天：罚4 / 3 days apart with a 7-day gap penalizes 4")
        void threeDaysApart() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 9));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(4);
        }

        @Test
        @DisplayName("恰好隔7天不罚，隔6天罚1 / exactly 7 days is fine, 6 cost 1")
        void exactlyTheGap() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 13));
            f.activity(nanYang, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(nanYang, JOINT_VISIT, 3, day(3, 12));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(1);
            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizes(1); // no 0-day match
        }

        @Test
        @DisplayName("不同联合体相隔1天不罚 / other alliances a day apart are fine")
        void differentAlliances() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(nanYang, JOINT_VISIT, 3, day(3, 7));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("每两项都计：3月6日、9日、11日罚4+2+5 / every pair counts: 6, 9 and 11 March cost 4 + 2 + 5")
        void everyPairCounts() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 9));
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 11));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(11);
        }

        @Test
        @DisplayName("同日算相隔0天：罚7；跨年的述职评议也算 / the same day is 0 apart; the review across the year counts too")
        void sameDayAndAcrossTheYear() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 2, day(6, 5));
            f.activity(yingChun, JOINT_VISIT, 6, day(6, 5));
            f.activity(nanYang, JOINT_VISIT, 12, day(12, 29));
            f.activity(nanYang, YEAR_END_REVIEW, 1, LocalDate.of(2027, 1, 4));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(7 + 1);
        }

        @Test
        @DisplayName("最小间隔为0时不罚 / a minimum gap of 0 never penalizes")
        void noMinimumGap() {
            county(0);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 6));
            f.activity(yingChun, VOLUNTEER_SERVICE, 1, day(3, 7));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activityGap).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            county(7);
            f.activity(yingChun, THEMED_PARTY_DAY, 1, day(3, 6));
            f.activity(yingChun, JOINT_VISIT, 3, day(3, 9));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_GAP, 300, HardMediumSoftLongScore.ofSoft(-1_200));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_GAP, 600, HardMediumSoftLongScore.ofSoft(-2_400));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_GAP, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("streetDailyLoad 街道单日活动过多（每超出一项）")
    class StreetDailyLoad {

        private final AllianceFixture f = new AllianceFixture();
        private List<Community> guiXi;
        private List<Community> guiYang;

        /** Seven 桂溪 and three 桂阳 alliances; the street's staff attend {@code perDay} activities a day. */
        private void county(int perDay) {
            f.calendar(Calendar2026.calendar(FIRST_FRIDAY, 3, 7, perDay));
            guiXi = communities(f, GUIXI, "东街", "南街", "西街", "北街", "镇中", "迎春", "田坝");
            guiYang = communities(f, GUIYANG, "新村", "南阳", "西湖");
        }

        /** March visits of the first {@code count} alliances of {@code alliances}, on {@code day}. */
        private void visits(List<Community> alliances, int count, LocalDate day) {
            for (int i = 0; i < count; i++) {
                f.activity(alliances.get(i), JOINT_VISIT, 3, day);
            }
        }

        @Test
        @DisplayName("每日至多6项，桂溪3月10日7项：罚1 / 7 activities of one street on one day with 6 a day penalize 1")
        void sevenOnOneDay() {
            county(6);
            visits(guiXi, 7, day(3, 10));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizesBy(1);
        }

        @Test
        @DisplayName("恰好6项不罚（没有匹配）/ exactly 6 is fine: no match at all")
        void sixOnOneDay() {
            county(6);
            visits(guiXi, 6, day(3, 10));
            visits(guiYang, 3, day(3, 10));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizes(0);
        }

        @Test
        @DisplayName("各街道、各天分开计 / each street and each day on its own")
        void perStreetAndDay() {
            county(6);
            visits(guiXi, 6, day(3, 10));
            f.activity(guiXi.get(6), JOINT_VISIT, 3, day(3, 11));
            visits(guiYang, 3, day(3, 10));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("不同类型的活动都计入 / every type counts")
        void everyTypeCounts() {
            county(6);
            visits(guiXi, 4, day(3, 6));
            for (int i = 4; i < 7; i++) {
                f.activity(guiXi.get(i), THEMED_PARTY_DAY, 1, day(3, 6));
            }
            f.activity(guiXi.get(0), THEMED_PARTY_DAY, 1, day(3, 6));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizesBy(2);
        }

        @Test
        @DisplayName("每日至多2项，一天5项：罚3 / 5 activities with 2 a day penalize 3")
        void perActivityOver() {
            county(2);
            visits(guiXi, 5, day(3, 10));
            visits(guiYang, 2, day(3, 10));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("没有街道的社区不合算成一个街道 / communities without a street are not lumped into one")
        void communitiesWithoutAStreet() {
            county(6);
            visits(guiXi, 6, day(3, 10));
            for (int i = 1; i <= 7; i++) {
                f.activity(f.community("nostreet-" + i, "无街道社区" + i, null, 0, 10_000), JOINT_VISIT, 3, day(3, 10));
            }
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizes(0);
        }

        @Test
        @DisplayName("上限为0表示不限 / 0 means no limit")
        void zeroMeansNoLimit() {
            county(0);
            visits(guiXi, 7, day(3, 10));
            visits(guiYang, 3, day(3, 10));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::streetDailyLoad).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            county(6);
            visits(guiXi, 7, day(3, 10));
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.STREET_DAILY_LOAD, 2_000, HardMediumSoftLongScore.ofSoft(-2_000));
            f.assertScoreWithOnly(AllianceConstraint.STREET_DAILY_LOAD, 4_000, HardMediumSoftLongScore.ofSoft(-4_000));
            f.assertScoreWithOnly(AllianceConstraint.STREET_DAILY_LOAD, 0, ZERO);
        }
    }

    @Nested
    @DisplayName("activitySpread 同类活动扎堆在同一天（每对）")
    class ActivitySpread {

        private final AllianceFixture f = new AllianceFixture().calendar(Calendar2026.calendar());
        private final List<Community> alliances = communities(f, GUIXI, "东街", "南街", "西街", "北街", "镇中");

        @Test
        @DisplayName("全县3个联合体3月10日同日走访：3对 / 3 monthly visits county-wide on one day are 3 pairs")
        void threeVisitsOnOneDay() {
            for (int i = 0; i < 3; i++) {
                f.activity(alliances.get(i), JOINT_VISIT, 3, day(3, 10));
            }
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activitySpread).given(f.facts()).penalizesBy(3);
        }

        @Test
        @DisplayName("不分街道：4个同日6对，另一天2个1对 / county-wide, per day: 4 on one day are 6 pairs, 2 on another 1")
        void pairsPerDay() {
            for (int i = 0; i < 4; i++) {
                f.activity(alliances.get(i), JOINT_VISIT, 3, day(3, 10));
            }
            f.activity(alliances.get(4), JOINT_VISIT, 3, day(3, 11));
            Community nanYang = f.community("nanyang", "南阳社区", GUIYANG, 0, 8_000);
            f.activity(nanYang, JOINT_VISIT, 3, day(3, 11));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activitySpread).given(f.facts()).penalizesBy(6 + 1);
        }

        @Test
        @DisplayName("主题党日本就同日举行，不罚 / themed party days are meant to be shared")
        void themedPartyDaysAreExempt() {
            for (Community alliance : alliances) {
                f.activity(alliance, THEMED_PARTY_DAY, 1, day(3, 6));
            }
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activitySpread).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("同日不同类、同类不同日都不罚 / different types that day, or the same type on different days")
        void differentTypesOrDays() {
            f.activity(alliances.get(0), JOINT_VISIT, 3, day(3, 14));
            f.activity(alliances.get(1), VOLUNTEER_SERVICE, 1, day(3, 14));
            f.activity(alliances.get(2), JOINT_VISIT, 3, day(3, 15));
            f.activity(alliances.get(3), JOINT_VISIT, 3, day(3, 16));
            f.activity(alliances.get(4), VOLUNTEER_SERVICE, 1, day(3, 15));
            f.prepare();

            VERIFIER.verifyThat(AllianceConstraintProvider::activitySpread).given(f.facts()).penalizesBy(0);
        }

        @Test
        @DisplayName("随权重缩放 / scales with its weight")
        void scalesWithItsWeight() {
            for (int i = 0; i < 3; i++) {
                f.activity(alliances.get(i), JOINT_VISIT, 3, day(3, 10));
            }
            f.prepare();

            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_SPREAD, 100, HardMediumSoftLongScore.ofSoft(-300));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_SPREAD, 200, HardMediumSoftLongScore.ofSoft(-600));
            f.assertScoreWithOnly(AllianceConstraint.ACTIVITY_SPREAD, 0, ZERO);
        }
    }

    @Test
    @DisplayName("测试日历就是2026年的官方安排 / the test calendar is the official 2026 arrangement")
    void theCalendarIsTheOfficialOne() {
        ActivityCalendar calendar = Calendar2026.calendar();

        assertThat(calendar.holidays()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7 + 1);
        assertThat(calendar.extraWorkdays()).containsExactlyInAnyOrder(day(1, 4), day(2, 14), day(2, 28), day(5, 9),
                day(9, 20), day(10, 10));
        assertThat(calendar.themedPartyDay().in(java.time.YearMonth.of(2026, 10))).isEqualTo(day(10, 2));
    }
}
