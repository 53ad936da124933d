package org.allianceplanner.model;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What kind of day each day of 2026 is, with the State Council's holidays and make-up workdays (调休). */
@DisplayName("ActivityCalendar 日历的日期类型")
class ActivityCalendarTest {

    private final ActivityCalendar calendar = Calendar2026.calendar();

    @Test
    @DisplayName("调休上班的周六2月14日是工作日，不是周末 / make-up Saturday 14 February is a workday, not a weekend day")
    void makeUpSaturdayIsAWorkday() {
        LocalDate makeUp = day(2, 14);

        assertThat(calendar.isWorkday(makeUp)).isTrue();
        assertThat(calendar.isWeekend(makeUp)).isFalse();
        assertThat(calendar.isHoliday(makeUp)).isFalse();
        assertThat(calendar.allows(DayKind.WORKDAY, makeUp)).isTrue();
        assertThat(calendar.allows(DayKind.WEEKEND, makeUp)).isFalse();
        assertThat(calendar.allows(DayKind.ANY, makeUp)).isTrue();
        assertThat(calendar.describeZh(makeUp)).isEqualTo("调休工作日");
        assertThat(calendar.describeEn(makeUp)).isEqualTo("a make-up workday");
    }

    @Test
    @DisplayName("六个调休日都是工作日：1月4日周日、2月14日、2月28日、5月9日、9月20日周日、10月10日 / all six make-up days are workdays")
    void everyMakeUpDayIsAWorkday() {
        for (LocalDate makeUp : Set.of(day(1, 4), day(2, 14), day(2, 28), day(5, 9), day(9, 20), day(10, 10))) {
            assertThat(calendar.isWorkday(makeUp)).as("%s", makeUp).isTrue();
            assertThat(calendar.isWeekend(makeUp)).as("%s", makeUp).isFalse();
        }
    }

    @Test
    @DisplayName("春节的周一2月16日是节假日，不是工作日也不是周末 / holiday Monday 16 February is neither a workday nor a weekend day")
    void holidayMondayIsNotAWorkday() {
        LocalDate holiday = day(2, 16);

        assertThat(calendar.isHoliday(holiday)).isTrue();
        assertThat(calendar.isWorkday(holiday)).isFalse();
        assertThat(calendar.isWeekend(holiday)).isFalse();
        for (DayKind kind : DayKind.values()) {
            assertThat(calendar.allows(kind, holiday)).as("%s", kind).isFalse();
        }
        assertThat(calendar.describeZh(holiday)).isEqualTo("法定节假日");
        assertThat(calendar.describeEn(holiday)).isEqualTo("a public holiday");
    }

    @Test
    @DisplayName("国庆期间的周六10月3日是节假日，不算周末 / Saturday 3 October in the National Day holiday is a holiday, not a weekend day")
    void holidaySaturdayIsNotAWeekendDay() {
        assertThat(calendar.isHoliday(day(10, 3))).isTrue();
        assertThat(calendar.isWeekend(day(10, 3))).isFalse();
        assertThat(calendar.allows(DayKind.WEEKEND, day(10, 3))).isFalse();
    }

    @Test
    @DisplayName("普通周日3月15日是周末 / a plain Sunday, 15 March, is a weekend day")
    void plainSundayIsAWeekendDay() {
        LocalDate sunday = day(3, 15);

        assertThat(calendar.isWeekend(sunday)).isTrue();
        assertThat(calendar.isWorkday(sunday)).isFalse();
        assertThat(calendar.isHoliday(sunday)).isFalse();
        assertThat(calendar.allows(DayKind.WEEKEND, sunday)).isTrue();
        assertThat(calendar.allows(DayKind.WORKDAY, sunday)).isFalse();
        assertThat(calendar.allows(DayKind.ANY, sunday)).isTrue();
        assertThat(calendar.describeZh(sunday)).isEqualTo("周末");
        assertThat(calendar.describeEn(sunday)).isEqualTo("a weekend day");
    }

    @Test
    @DisplayName("普通周三3月18日是工作日 / a plain Wednesday, 18 March, is a workday")
    void plainWednesdayIsAWorkday() {
        LocalDate wednesday = day(3, 18);

        assertThat(calendar.isWorkday(wednesday)).isTrue();
        assertThat(calendar.isWeekend(wednesday)).isFalse();
        assertThat(calendar.describeZh(wednesday)).isEqualTo("工作日");
        assertThat(calendar.describeEn(wednesday)).isEqualTo("a workday");
    }

    @Test
    @DisplayName("2026年：248个工作日、33天节假日、84天周末 / 2026 has 248 workdays, 33 holidays and 84 weekend days")
    void theYearAddsUp() {
        int workdays = 0;
        int holidays = 0;
        int weekend = 0;
        for (LocalDate d = day(1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            int kinds = (calendar.isWorkday(d) ? 1 : 0) + (calendar.isHoliday(d) ? 1 : 0) + (calendar.isWeekend(d) ? 1 : 0);
            assertThat(kinds).as("%s is exactly one kind of day", d).isEqualTo(1);
            workdays += calendar.isWorkday(d) ? 1 : 0;
            holidays += calendar.isHoliday(d) ? 1 : 0;
            weekend += calendar.isWeekend(d) ? 1 : 0;
        }
        // 261 weekdays − 19 weekday holidays + 6 make-up days = 248, i.e. 261 − the 13 statutory days;
        // 104 weekend days − 14 weekend holidays − 6 make-up days = 84.
        assertThat(workdays).isEqualTo(248);
        assertThat(holidays).isEqualTo(33);
        assertThat(weekend).isEqualTo(84);
    }

    @Test
    @DisplayName("默认述职评议时段为12月20日至次年1月20日 / the default review window is 20 December to 20 January")
    void defaultReviewWindow() {
        assertThat(ActivityCalendar.defaultReviewWindow(2026))
                .isEqualTo(new DateRange(day(12, 20), LocalDate.of(2027, 1, 20)));
        assertThat(calendar.reviewWindow()).isEqualTo(ActivityCalendar.defaultReviewWindow(2026));
        assertThat(calendar.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    @DisplayName("节假日和调休日列表被复制，之后改动原集合不影响日历 / the day lists are copied")
    void daysAreCopied() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(day(10, 1)));
        Set<LocalDate> extra = new HashSet<>(Set.of(day(10, 10)));
        ActivityCalendar copied = new ActivityCalendar(2026, holidays, extra, null,
                ActivityCalendar.defaultReviewWindow(2026), 3, 7, 6);
        holidays.add(day(10, 2));
        extra.clear();

        assertThat(copied.isHoliday(day(10, 2))).isFalse();
        assertThat(copied.isWorkday(day(10, 10))).isTrue();
        assertThat(copied.holidays()).containsExactly(day(10, 1));
    }
}
