package org.allianceplanner.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The county's fixed themed party day (主题党日), one a month, such as the first Friday. Written as
 * FIRST_FRIDAY, SECOND_TUESDAY, …, LAST_FRIDAY.
 *
 * @param ordinal 1 to 4, or -1 for the last such day of the month
 */
public record ThemedPartyDay(int ordinal, DayOfWeek dayOfWeek) {

    private static final List<String> ORDINALS = List.of("FIRST", "SECOND", "THIRD", "FOURTH");

    public ThemedPartyDay {
        if (ordinal != -1 && (ordinal < 1 || ordinal > 4)) {
            throw new IllegalArgumentException("The ordinal must be 1 to 4, or -1 for the last: " + ordinal);
        }
        if (dayOfWeek == null) {
            throw new IllegalArgumentException("A themed party day needs a day of the week.");
        }
    }
    private static final List<String> ORDINALS_ZH = List.of("第一个", "第二个", "第三个", "第四个");

    public static ThemedPartyDay parse(String text) {
        int underscore = text.indexOf('_');
        if (underscore < 0) {
            throw new IllegalArgumentException("Not a day such as FIRST_FRIDAY: " + text);
        }
        String ordinal = text.substring(0, underscore);
        DayOfWeek day = DayOfWeek.valueOf(text.substring(underscore + 1));
        if (ordinal.equals("LAST")) {
            return new ThemedPartyDay(-1, day);
        }
        int index = ORDINALS.indexOf(ordinal);
        if (index < 0) {
            throw new IllegalArgumentException("Not a day such as FIRST_FRIDAY: " + text);
        }
        return new ThemedPartyDay(index + 1, day);
    }

    public LocalDate in(YearMonth month) {
        LocalDate first = month.atDay(1);
        return ordinal < 0 ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek));
    }

    /** Days from {@code date} to the fixed day of the same month. */
    public int daysAway(LocalDate date) {
        return Math.abs(date.getDayOfMonth() - in(YearMonth.from(date)).getDayOfMonth());
    }

    public String code() {
        return (ordinal < 0 ? "LAST" : ORDINALS.get(ordinal - 1)) + "_" + dayOfWeek;
    }

    public String zh() {
        String[] days = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        return "每月" + (ordinal < 0 ? "最后一个" : ORDINALS_ZH.get(ordinal - 1)) + days[dayOfWeek.getValue() - 1];
    }
}
