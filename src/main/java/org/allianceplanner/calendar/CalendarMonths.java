package org.allianceplanner.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.JointActivity;

/** The activity calendar as JSON, month by month, as the planner's page and the API show it. */
public final class CalendarMonths {

    public record CalendarView(String name, String selection, int year, String themedPartyDay, int activityCount,
            List<MonthView> months, List<MeetingView> meetings) {
    }

    /** A county or street joint meeting (县级、街道联席会议), derived from the communities' meetings. */
    public record MeetingView(String level, String street, int quarter, LocalDate date, String name, String nameEn) {
    }

    public record MonthView(String month, String label, String labelEn, LocalDate themedPartyDay,
            List<ActivityView> activities) {
    }

    public record ActivityView(String id, LocalDate date, String weekday, String dayKind, String dayKindEn, String type,
            String typeName, String typeNameEn, int sequence, String community, String communityName,
            String street, List<String> members, boolean pinned) {
    }

    private CalendarMonths() {
    }

    public static CalendarView of(ActivitySelection selection) {
        ActivityCalendar calendar = selection.plan().getCalendar();
        Map<YearMonth, List<ActivityView>> byMonth = new LinkedHashMap<>();
        for (JointActivity a : selection.activities()) {
            byMonth.computeIfAbsent(YearMonth.from(a.getDate()), m -> new ArrayList<>()).add(new ActivityView(
                    a.getId(), a.getDate(),
                    a.getDate().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA).replace("星期", "周"),
                    calendar.describeZh(a.getDate()), calendar.describeEn(a.getDate()), a.getType().code(), a.getType().name(), a.getType().nameEn(),
                    a.getSequence(), a.getCommunity().getId(), a.getCommunity().getName(), a.getCommunity().getStreet(),
                    selection.memberNames(a), a.isPinned()));
        }
        List<MonthView> months = new ArrayList<>();
        byMonth.forEach((month, activities) -> months.add(new MonthView(month.toString(),
                month.getYear() + "年" + month.getMonthValue() + "月",
                month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear(),
                fixedThemedPartyDay(calendar, month), activities)));
        int count = months.stream().mapToInt(m -> m.activities().size()).sum();
        return new CalendarView(selection.plan().getName(), selection.title(), calendar.year(),
                calendar.themedPartyDay() == null ? null : calendar.themedPartyDay().zh(), count, months,
                selection.levelMeetings().stream().map(m -> new MeetingView(m.level().name(), m.street(), m.quarter(),
                        m.date(), m.name(), m.nameEn())).toList());
    }

    /**
     * The month's fixed themed party day as the page stars it, or null when there is none or it is not a
     * workday (1 January, 1 May, 2 October 2026 are first Fridays and holidays): a holiday is never starred.
     */
    static LocalDate fixedThemedPartyDay(org.allianceplanner.model.ActivityCalendar calendar, java.time.YearMonth month) {
        if (calendar.themedPartyDay() == null) {
            return null;
        }
        LocalDate day = calendar.themedPartyDay().in(month);
        return calendar.isWorkday(day) ? day : null;
    }
}
