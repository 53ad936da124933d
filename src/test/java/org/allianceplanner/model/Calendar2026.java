package org.allianceplanner.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The 2026 calendar as the State Council published it (国务院办公厅关于2026年部分节假日安排的通知), for tests:
 * <pre>
 * 元旦 1–3 Jan (work Sun 4 Jan)          春节 15–23 Feb (work Sat 14 Feb, Sat 28 Feb)
 * 清明 4–6 Apr                           劳动节 1–5 May (work Sat 9 May)
 * 端午 19–21 Jun                         中秋 25–27 Sep
 * 国庆 1–7 Oct (work Sun 20 Sep, Sat 10 Oct)
 * </pre>
 * plus 1 January 2027, a statutory holiday in any arrangement, because the year-end review window
 * (20 December – 20 January) reaches into it. Everything else is the documented default: themed party
 * day on the first Friday, 3 reviews a day, 7 days between an alliance's activities, 6 activities a
 * street a day.
 */
public final class Calendar2026 {

    public static final int YEAR = 2026;

    public static final Set<LocalDate> HOLIDAYS = days(
            "2026-01-01/2026-01-03", "2026-02-15/2026-02-23", "2026-04-04/2026-04-06", "2026-05-01/2026-05-05",
            "2026-06-19/2026-06-21", "2026-09-25/2026-09-27", "2026-10-01/2026-10-07", "2027-01-01");

    /** The make-up workdays (调休): two Sundays and four Saturdays. */
    public static final Set<LocalDate> EXTRA_WORKDAYS = days(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    public static final ThemedPartyDay FIRST_FRIDAY = ThemedPartyDay.parse("FIRST_FRIDAY");

    private Calendar2026() {
    }

    /** 2026 with the defaults: first Friday, 3 reviews a day, 7 days apart, 6 a street a day. */
    public static ActivityCalendar calendar() {
        return calendar(FIRST_FRIDAY, ActivityCalendar.DEFAULT_REVIEWS_PER_DAY, ActivityCalendar.DEFAULT_MIN_GAP_DAYS,
                ActivityCalendar.DEFAULT_MAX_ACTIVITIES_PER_STREET_PER_DAY);
    }

    /** 2026 with the official holidays and the given county rules; {@code themedPartyDay} may be null. */
    public static ActivityCalendar calendar(ThemedPartyDay themedPartyDay, int reviewsPerDay, int minGapDays,
            int maxActivitiesPerStreetPerDay) {
        return new ActivityCalendar(YEAR, HOLIDAYS, EXTRA_WORKDAYS, themedPartyDay,
                ActivityCalendar.defaultReviewWindow(YEAR), reviewsPerDay, minGapDays, maxActivitiesPerStreetPerDay);
    }

    /** A day of 2026. */
    public static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(YEAR, month, dayOfMonth);
    }

    private static Set<LocalDate> days(String... ranges) {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (String text : ranges) {
            DateRange range = DateRange.parse(text);
            for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return Set.copyOf(days);
    }
}
