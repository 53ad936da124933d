package org.allianceplanner.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The year the joint activities are planned for, as the county lives it: the official holidays and
 * the make-up workdays (调休) of that year, the fixed themed party day, the year-end review window,
 * how many reviews the county's panel can hold a day, the least gap between two activities of one
 * alliance, and how many activities a street's staff can attend a day (0: no limit).
 */
public record ActivityCalendar(
        int year,
        Set<LocalDate> holidays,
        Set<LocalDate> extraWorkdays,
        ThemedPartyDay themedPartyDay,
        DateRange reviewWindow,
        int reviewsPerDay,
        int minGapDays,
        int maxActivitiesPerStreetPerDay) {

    public static final int DEFAULT_REVIEWS_PER_DAY = 3;
    public static final int DEFAULT_MIN_GAP_DAYS = 7;
    public static final int DEFAULT_MAX_ACTIVITIES_PER_STREET_PER_DAY = 6;

    public ActivityCalendar {
        holidays = Set.copyOf(holidays);
        extraWorkdays = Set.copyOf(extraWorkdays);
    }

    /** 20 December to 20 January, when the reviews (述职评议) of the year are held. */
    public static DateRange defaultReviewWindow(int year) {
        return new DateRange(LocalDate.of(year, 12, 20), LocalDate.of(year + 1, 1, 20));
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean isWorkday(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        return extraWorkdays.contains(day) || day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean isWeekend(LocalDate day) {
        return !holidays.contains(day) && !extraWorkdays.contains(day)
                && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /** Whether an activity of that day kind may be held on the day; never on a holiday. */
    public boolean allows(DayKind kind, LocalDate day) {
        return switch (kind) {
            case WORKDAY -> isWorkday(day);
            case WEEKEND -> isWeekend(day);
            case ANY -> !isHoliday(day);
        };
    }

    /** What the day is, for sentences: 法定节假日, 调休工作日, 工作日 or 周末. */
    public String describeZh(LocalDate day) {
        if (isHoliday(day)) {
            return "法定节假日";
        }
        if (extraWorkdays.contains(day)) {
            return "调休工作日";
        }
        return isWorkday(day) ? "工作日" : "周末";
    }

    public String describeEn(LocalDate day) {
        if (isHoliday(day)) {
            return "a public holiday";
        }
        if (extraWorkdays.contains(day)) {
            return "a make-up workday";
        }
        return isWorkday(day) ? "a workday" : "a weekend day";
    }
}
