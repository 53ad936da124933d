package org.allianceplanner.model;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kinds of joint activity: the "four ones" (四个一) and the windows of the year each is held in. */
@DisplayName("ActivityType 联合活动类型")
class ActivityTypeTest {

    private static final DateRange REVIEW_WINDOW = ActivityCalendar.defaultReviewWindow(2026);

    private static ActivityType ofCadence(Cadence cadence, DateRange window, int perWindow) {
        return new ActivityType("T", "测试活动", "test activity", cadence, window, DayKind.ANY, perWindow, false, false);
    }

    /** Asserts the windows follow each other without gap or overlap from 1 January to 31 December. */
    private static void assertCoverTheYearExactly(List<DateRange> windows, int year) {
        assertThat(windows.get(0).start()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(windows.get(windows.size() - 1).end()).isEqualTo(LocalDate.of(year, 12, 31));
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i).start()).as("window %d starts the day after %d ends", i, i - 1)
                    .isEqualTo(windows.get(i - 1).end().plusDays(1));
        }
        long days = windows.stream().mapToLong(w -> ChronoUnit.DAYS.between(w.start(), w.end()) + 1).sum();
        assertThat(days).isEqualTo(LocalDate.of(year, 1, 1).lengthOfYear());
    }

    @Test
    @DisplayName("四个一：每月走访、每季度主题党日、每半年志愿服务、年底述职评议 / the four ones")
    void fourOnes() {
        List<ActivityType> types = ActivityType.fourOnes(REVIEW_WINDOW);

        assertThat(types).extracting(ActivityType::code).containsExactly(ActivityType.JOINT_VISIT,
                ActivityType.THEMED_PARTY_DAY, ActivityType.VOLUNTEER_SERVICE, ActivityType.YEAR_END_REVIEW);
        assertThat(types).extracting(ActivityType::name).containsExactly("联合走访问计", "联合支部主题党日", "联合志愿服务",
                "联合述职评议");
        assertThat(types).extracting(ActivityType::cadence).containsExactly(Cadence.MONTHLY, Cadence.QUARTERLY,
                Cadence.HALF_YEARLY, Cadence.WINDOW);
        assertThat(types).extracting(ActivityType::dayKind).containsExactly(DayKind.ANY, DayKind.WORKDAY,
                DayKind.WEEKEND, DayKind.WORKDAY);
        assertThat(types).extracting(ActivityType::onThemedPartyDay).containsExactly(false, true, false, false);
        assertThat(types).extracting(ActivityType::needsReviewPanel).containsExactly(false, false, false, true);
        assertThat(types).extracting(ActivityType::countPerYear).containsExactly(12, 4, 2, 1);
        assertThat(types.get(3).window()).isEqualTo(REVIEW_WINDOW);
        assertThat(types.subList(0, 3)).allSatisfy(t -> assertThat(t.window()).isNull());
    }

    @Test
    @DisplayName("每月：12个时段，2月28天，覆盖全年 / monthly: 12 windows covering the year, February of 28 days")
    void monthly() {
        List<DateRange> windows = ofCadence(Cadence.MONTHLY, null, 1).windows(2026);

        assertThat(windows).hasSize(12);
        assertThat(windows.get(0)).isEqualTo(new DateRange(day(1, 1), day(1, 31)));
        assertThat(windows.get(1)).isEqualTo(new DateRange(day(2, 1), day(2, 28)));
        assertThat(windows.get(11)).isEqualTo(new DateRange(day(12, 1), day(12, 31)));
        assertCoverTheYearExactly(windows, 2026);
    }

    @Test
    @DisplayName("闰年2月有29日 / in a leap year February has its 29th")
    void monthlyInALeapYear() {
        List<DateRange> windows = ofCadence(Cadence.MONTHLY, null, 1).windows(2028);

        assertThat(windows.get(1)).isEqualTo(new DateRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertCoverTheYearExactly(windows, 2028);
    }

    @Test
    @DisplayName("每季度：4个时段 / quarterly: 4 windows")
    void quarterly() {
        List<DateRange> windows = ofCadence(Cadence.QUARTERLY, null, 1).windows(2026);

        assertThat(windows).containsExactly(new DateRange(day(1, 1), day(3, 31)), new DateRange(day(4, 1), day(6, 30)),
                new DateRange(day(7, 1), day(9, 30)), new DateRange(day(10, 1), day(12, 31)));
        assertCoverTheYearExactly(windows, 2026);
    }

    @Test
    @DisplayName("每半年：2个时段 / half-yearly: 2 windows")
    void halfYearly() {
        List<DateRange> windows = ofCadence(Cadence.HALF_YEARLY, null, 1).windows(2026);

        assertThat(windows).containsExactly(new DateRange(day(1, 1), day(6, 30)), new DateRange(day(7, 1), day(12, 31)));
        assertCoverTheYearExactly(windows, 2026);
    }

    @Test
    @DisplayName("每年：1个时段即全年 / yearly: the whole year")
    void yearly() {
        List<DateRange> windows = ofCadence(Cadence.YEARLY, null, 1).windows(2026);

        assertThat(windows).containsExactly(new DateRange(day(1, 1), day(12, 31)));
        assertCoverTheYearExactly(windows, 2026);
    }

    @Test
    @DisplayName("指定时段：就用该时段，可跨年 / WINDOW: its own window, across the new year too")
    void explicitWindow() {
        assertThat(ofCadence(Cadence.WINDOW, REVIEW_WINDOW, 1).windows(2026)).containsExactly(REVIEW_WINDOW);
        DateRange july = DateRange.parse("2026-07-01/2026-07-15");
        assertThat(ofCadence(Cadence.WINDOW, july, 1).windows(2026)).containsExactly(july);
    }

    @Test
    @DisplayName("每时段2次，全年次数翻倍 / two per window doubles the count")
    void perWindow() {
        assertThat(ofCadence(Cadence.MONTHLY, null, 2).countPerYear()).isEqualTo(24);
        assertThat(ofCadence(Cadence.QUARTERLY, null, 2).countPerYear()).isEqualTo(8);
        assertThat(ofCadence(Cadence.WINDOW, REVIEW_WINDOW, 2).countPerYear()).isEqualTo(2);
        assertThat(ofCadence(Cadence.MONTHLY, null, 2).windows(2026)).hasSize(12);
    }
}
