package org.allianceplanner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DateRange 日期区间")
class DateRangeTest {

    @Test
    @DisplayName("解析ISO 8601区间，首尾都包含 / parses an inclusive ISO 8601 interval")
    void interval() {
        DateRange range = DateRange.parse("2027-06-07/2027-06-09");

        assertThat(range.start()).isEqualTo(LocalDate.of(2027, 6, 7));
        assertThat(range.end()).isEqualTo(LocalDate.of(2027, 6, 9));
        assertThat(range.contains(LocalDate.of(2027, 6, 6))).isFalse();
        assertThat(range.contains(LocalDate.of(2027, 6, 7))).isTrue();
        assertThat(range.contains(LocalDate.of(2027, 6, 9))).isTrue();
        assertThat(range.contains(LocalDate.of(2027, 6, 10))).isFalse();
    }

    @Test
    @DisplayName("单日 / a single day")
    void singleDay() {
        DateRange range = DateRange.parse("2027-10-01");

        assertThat(range).isEqualTo(new DateRange(LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 1)));
        assertThat(range.contains(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(range.contains(LocalDate.of(2027, 10, 2))).isFalse();
    }

    @Test
    @DisplayName("跨年的述职评议窗口 / the year-end review window crosses the new year")
    void acrossTheNewYear() {
        DateRange window = DateRange.parse("2027-12-20/2028-01-20");

        assertThat(window.contains(LocalDate.of(2028, 1, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2027, 12, 19))).isFalse();
    }

    @Test
    @DisplayName("忽略首尾空格 / surrounding spaces are ignored")
    void spaces() {
        assertThat(DateRange.parse(" 2027-06-07 / 2027-06-09 ")).isEqualTo(DateRange.parse("2027-06-07/2027-06-09"));
        assertThat(DateRange.parse(" 2027-06-07 ")).isEqualTo(DateRange.parse("2027-06-07"));
    }

    @Test
    @DisplayName("toString可再解析 / toString parses back")
    void roundTrip() {
        assertThat(DateRange.parse("2027-06-07/2027-06-09")).hasToString("2027-06-07/2027-06-09");
        assertThat(DateRange.parse("2027-06-07/2027-06-07")).hasToString("2027-06-07");
        DateRange range = DateRange.parse("2027-12-20/2028-01-20");
        assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }

    @Test
    @DisplayName("结束早于开始被拒绝 / an end before the start is rejected")
    void endBeforeStart() {
        assertThatThrownBy(() -> DateRange.parse("2027-06-09/2027-06-07"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-06-07");
    }

    @Test
    @DisplayName("非法日期被拒绝 / an invalid date is rejected")
    void invalidDate() {
        assertThatThrownBy(() -> DateRange.parse("2027-13-01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DateRange.parse("2027-06-07/")).isInstanceOf(DateTimeParseException.class);
    }
}
