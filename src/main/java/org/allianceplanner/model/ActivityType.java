package org.allianceplanner.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A kind of joint activity every alliance holds: the "four ones" (四个一) by default, or what a county
 * adds, such as a quarterly joint meeting (联席会议).
 *
 * @param window           the explicit window for cadence WINDOW; null otherwise
 * @param perWindow        how many of it each alliance holds in each window
 * @param onThemedPartyDay held on the county's fixed themed party day when it can be
 * @param needsReviewPanel needs the county's review panel, which holds so many a day
 */
public record ActivityType(
        String code,
        String name,
        String nameEn,
        Cadence cadence,
        DateRange window,
        DayKind dayKind,
        int perWindow,
        boolean onThemedPartyDay,
        boolean needsReviewPanel) {

    public static final String JOINT_VISIT = "JOINT_VISIT";
    public static final String THEMED_PARTY_DAY = "THEMED_PARTY_DAY";
    public static final String VOLUNTEER_SERVICE = "VOLUNTEER_SERVICE";
    public static final String YEAR_END_REVIEW = "YEAR_END_REVIEW";
    /** The community joint meeting (联席会议), where members claim projects (项目认领). */
    public static final String JOINT_MEETING = "JOINT_MEETING";

    /** The "four ones" of the Dianjiang alliances, with the year-end review in its own window. */
    public static List<ActivityType> fourOnes(DateRange reviewWindow) {
        return List.of(
                new ActivityType(JOINT_VISIT, "联合走访问计", "joint visit to residents", Cadence.MONTHLY, null,
                        DayKind.ANY, 1, false, false),
                new ActivityType(THEMED_PARTY_DAY, "联合支部主题党日", "joint themed party day", Cadence.QUARTERLY, null,
                        DayKind.WORKDAY, 1, true, false),
                new ActivityType(VOLUNTEER_SERVICE, "联合志愿服务", "joint volunteer service", Cadence.HALF_YEARLY, null,
                        DayKind.WEEKEND, 1, false, false),
                new ActivityType(YEAR_END_REVIEW, "联合述职评议", "joint year-end report and review", Cadence.WINDOW,
                        reviewWindow, DayKind.WORKDAY, 1, false, true));
    }

    /**
     * The community's joint meeting (社区联席会议): quarterly on a workday, as Jintang's communities hold
     * it; members claim the projects of the three lists there. A calendar opts in with jointMeetings.
     */
    public static ActivityType jointMeeting() {
        return new ActivityType(JOINT_MEETING, "社区联席会议", "community joint meeting", Cadence.QUARTERLY, null,
                DayKind.WORKDAY, 1, false, false);
    }

    /** The windows of the year this type is held in, in order. */
    public List<DateRange> windows(int year) {
        if (cadence == Cadence.WINDOW) {
            return List.of(window);
        }
        int months = 12 / cadence.windowsPerYear();
        List<DateRange> windows = new ArrayList<>();
        for (int start = 1; start <= 12; start += months) {
            LocalDate first = YearMonth.of(year, start).atDay(1);
            LocalDate last = YearMonth.of(year, start + months - 1).atEndOfMonth();
            windows.add(new DateRange(first, last));
        }
        return windows;
    }

    /** How many of it each alliance holds in the year. */
    public int countPerYear() {
        return cadence.windowsPerYear() * perWindow;
    }
}
