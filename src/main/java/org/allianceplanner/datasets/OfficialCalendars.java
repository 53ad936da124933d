package org.allianceplanner.datasets;

import java.util.List;

import org.allianceplanner.io.CalendarDocument;

/**
 * The official calendars the datasets plan their joint activities in.
 * <p>
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (issued 4 November 2025, 新华社): 元旦 1–3 Jan
 * (work Sun 4 Jan); 春节 15–23 Feb (work Sat 14 Feb, Sat 28 Feb); 清明 4–6 Apr; 劳动节 1–5 May
 * (work Sat 9 May); 端午 19–21 Jun; 中秋 25–27 Sep; 国庆 1–7 Oct (work Sun 20 Sep, Sat 10 Oct).
 * The year-end review window runs into January 2027, whose arrangement is not published in these
 * sources; 1 January 2027 is a statutory holiday in any arrangement, so it is listed.
 */
final class OfficialCalendars {

    static final List<String> HOLIDAYS_2026 = List.of(
            "2026-01-01/2026-01-03", "2026-02-15/2026-02-23", "2026-04-04/2026-04-06", "2026-05-01/2026-05-05",
            "2026-06-19/2026-06-21", "2026-09-25/2026-09-27", "2026-10-01/2026-10-07", "2027-01-01");
    static final List<String> EXTRA_WORKDAYS_2026 = List.of(
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    private OfficialCalendars() {
    }

    /**
     * 2026 with the county's fixed themed party day, year-end reviews from 20 December to 20 January,
     * a panel of {@code reviewsPerDay} a day and street staff for {@code perStreetPerDay} activities a day.
     */
    static CalendarDocument year2026(String themedPartyDay, int reviewsPerDay, int perStreetPerDay) {
        return new CalendarDocument(2026, HOLIDAYS_2026, EXTRA_WORKDAYS_2026, themedPartyDay,
                "2026-12-20/2027-01-20", reviewsPerDay, 7, perStreetPerDay, null);
    }
}
