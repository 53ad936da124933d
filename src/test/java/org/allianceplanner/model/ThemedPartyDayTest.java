package org.allianceplanner.model;

import static org.allianceplanner.model.Calendar2026.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The county's fixed themed party day (主题党日), such as Chongqing's first or last Friday of the month. */
@DisplayName("ThemedPartyDay 固定主题党日")
class ThemedPartyDayTest {

    private static final ThemedPartyDay FIRST_FRIDAY = ThemedPartyDay.parse("FIRST_FRIDAY");
    private static final ThemedPartyDay LAST_FRIDAY = ThemedPartyDay.parse("LAST_FRIDAY");

    private static List<Integer> daysOf2026(ThemedPartyDay fixed) {
        List<Integer> days = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate date = fixed.in(YearMonth.of(2026, month));
            assertThat(YearMonth.from(date)).isEqualTo(YearMonth.of(2026, month));
            assertThat(date.getDayOfWeek()).isEqualTo(fixed.dayOfWeek());
            days.add(date.getDayOfMonth());
        }
        return days;
    }

    @Test
    @DisplayName("解析FIRST_FRIDAY和LAST_FRIDAY，写回原样 / parses FIRST_FRIDAY and LAST_FRIDAY and writes them back")
    void parse() {
        assertThat(FIRST_FRIDAY).isEqualTo(new ThemedPartyDay(1, DayOfWeek.FRIDAY));
        assertThat(LAST_FRIDAY).isEqualTo(new ThemedPartyDay(-1, DayOfWeek.FRIDAY));
        assertThat(ThemedPartyDay.parse("FOURTH_MONDAY")).isEqualTo(new ThemedPartyDay(4, DayOfWeek.MONDAY));
        assertThat(FIRST_FRIDAY.code()).isEqualTo("FIRST_FRIDAY");
        assertThat(LAST_FRIDAY.code()).isEqualTo("LAST_FRIDAY");
        assertThat(ThemedPartyDay.parse("SECOND_TUESDAY").code()).isEqualTo("SECOND_TUESDAY");
    }

    @Test
    @DisplayName("中文说法 / in Chinese")
    void zh() {
        assertThat(FIRST_FRIDAY.zh()).isEqualTo("每月第一个周五");
        assertThat(LAST_FRIDAY.zh()).isEqualTo("每月最后一个周五");
        assertThat(ThemedPartyDay.parse("THIRD_SUNDAY").zh()).isEqualTo("每月第三个周日");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"FRIDAY", "FIFTH_FRIDAY", "FIRST_FRYDAY", "first_friday", "FIRST_", "_FRIDAY", ""})
    @DisplayName("非法写法被拒绝 / bad input is rejected")
    void badInput(String text) {
        assertThatThrownBy(() -> ThemedPartyDay.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("没有序数时的错误说明 / the message says what is expected")
    void message() {
        assertThatThrownBy(() -> ThemedPartyDay.parse("FRIDAY")).hasMessageContaining("FIRST_FRIDAY")
                .hasMessageContaining("FRIDAY");
        assertThatThrownBy(() -> ThemedPartyDay.parse("FIFTH_FRIDAY")).hasMessageContaining("FIFTH_FRIDAY");
    }

    @Test
    @DisplayName("2026年每月第一个周五；1月2日、5月1日、10月2日逢节假日 / 2026's first Fridays; three fall in holidays")
    void firstFridaysOf2026() {
        assertThat(daysOf2026(FIRST_FRIDAY)).containsExactly(2, 6, 6, 3, 1, 5, 3, 7, 4, 2, 6, 4);
        ActivityCalendar calendar = Calendar2026.calendar();
        List<LocalDate> onHolidays = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate date = FIRST_FRIDAY.in(YearMonth.of(2026, month));
            if (calendar.isHoliday(date)) {
                onHolidays.add(date);
            }
        }
        assertThat(onHolidays).containsExactly(day(1, 2), day(5, 1), day(10, 2));
    }

    @Test
    @DisplayName("2026年每月最后一个周五 / 2026's last Fridays")
    void lastFridaysOf2026() {
        assertThat(daysOf2026(LAST_FRIDAY)).containsExactly(30, 27, 27, 24, 29, 26, 31, 28, 25, 30, 27, 25);
    }

    @Test
    @DisplayName("第四个周一总在当月 / a fourth weekday is always in the month")
    void fourthIsInTheMonth() {
        assertThat(daysOf2026(ThemedPartyDay.parse("FOURTH_MONDAY")))
                .containsExactly(26, 23, 23, 27, 25, 22, 27, 24, 28, 26, 23, 28);
    }

    @Test
    @DisplayName("偏离天数按所在月份的固定日计 / days away are counted to the fixed day of the date's own month")
    void daysAwayStaysInTheMonth() {
        assertThat(FIRST_FRIDAY.daysAway(day(3, 6))).isZero();
        assertThat(FIRST_FRIDAY.daysAway(day(3, 9))).isEqualTo(3);
        assertThat(FIRST_FRIDAY.daysAway(day(3, 2))).isEqualTo(4);
        assertThat(FIRST_FRIDAY.daysAway(day(3, 30))).as("not 4 days to Friday 3 April").isEqualTo(24);
        assertThat(FIRST_FRIDAY.daysAway(day(10, 8))).as("October's is Friday 2nd, in the holiday").isEqualTo(6);
        assertThat(LAST_FRIDAY.daysAway(day(4, 1))).as("not 5 days from Friday 27 March").isEqualTo(23);
        assertThat(LAST_FRIDAY.daysAway(day(12, 31))).isEqualTo(6);
    }
}
