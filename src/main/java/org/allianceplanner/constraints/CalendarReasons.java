package org.allianceplanner.constraints;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;

/** The sentences that explain the calendar rules: which activity, which date, which member. */
final class CalendarReasons {

    private CalendarReasons() {
    }

    static Reason onHoliday(JointActivity a) {
        return of(a, "%s安排在%s，是法定节假日。".formatted(a.zh(), dayZh(a.getDate())),
                "%s is on %s, a public holiday.".formatted(a.en(), dayEn(a.getDate())));
    }

    static Reason wrongDayKind(JointActivity a) {
        ActivityCalendar calendar = a.getCalendar();
        return of(a, "%s安排在%s（%s），但该活动只能在%s举行。".formatted(a.zh(), dayZh(a.getDate()),
                        calendar.describeZh(a.getDate()), a.getType().dayKind().zh()),
                "%s is on %s, %s, but must be on %s.".formatted(a.en(), dayEn(a.getDate()),
                        calendar.describeEn(a.getDate()), a.getType().dayKind().en()));
    }

    static Reason outsideWindow(JointActivity a) {
        DateRange w = a.getWindow();
        return of(a, "%s安排在%s，不在规定时段%s至%s内。".formatted(a.zh(), dayZh(a.getDate()), w.start(), w.end()),
                "%s is on %s, outside its window %s to %s.".formatted(a.en(), dayEn(a.getDate()), w.start(), w.end()));
    }

    /** Names every activity the panel would attend: the alliance and the type, which need not be the review. */
    static Reason panelOverbooked(LocalDate day, List<JointActivity> reviews, int perDay) {
        List<JointActivity> sorted = sorted(reviews);
        return new Reason("%s安排了%d场评议（%s），超过评议组每日%d场的容量。".formatted(dayZh(day), reviews.size(),
                        listZh(sorted), perDay),
                "%d reviews on %s (%s), more than the panel's %d a day.".formatted(reviews.size(), dayEn(day),
                        listEn(sorted), perDay),
                List.of(), sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    static Reason sameDay(JointActivity a, JointActivity b) {
        return new Reason("%s和第%d次%s同在%s。".formatted(a.zh(), b.getSequence(), b.getType().name(), dayZh(a.getDate())),
                "%s and %s are both on %s.".formatted(a.en(), b.en(), dayEn(a.getDate())), List.of(),
                List.of(a.getCommunity().getId()), List.of(a.getId(), b.getId()));
    }

    static Reason blackout(JointActivity a, Organization member) {
        DateRange range = member.blackoutContaining(a.getDate());
        return new Reason("%s安排在%s，成员单位%s在%s期间不便参加。".formatted(a.zh(), dayZh(a.getDate()), member.getName(),
                        range),
                "%s is on %s, when member %s is unavailable (%s).".formatted(a.en(), dayEn(a.getDate()),
                        member.getName(), range),
                List.of(member.getId()), List.of(a.getCommunity().getId()), List.of(a.getId()));
    }

    static Reason awayFromThemedPartyDay(JointActivity a) {
        LocalDate fixed = a.getCalendar().themedPartyDay().in(java.time.YearMonth.from(a.getDate()));
        return of(a, "%s安排在%s，距当月固定主题党日%s有%d天。".formatted(a.zh(), dayZh(a.getDate()), dayZh(fixed),
                        a.daysFromThemedPartyDay()),
                "%s is on %s, %d day(s) from the month's fixed themed party day %s.".formatted(a.en(),
                        dayEn(a.getDate()), a.daysFromThemedPartyDay(), dayEn(fixed)));
    }

    static Reason tooClose(JointActivity a, JointActivity b, int days, int minGap) {
        JointActivity first = a.getDate().isAfter(b.getDate()) ? b : a;
        JointActivity second = first == a ? b : a;
        return new Reason("%s在%s，第%d次%s在%s，只相隔%d天，少于%d天。".formatted(first.zh(), dayZh(first.getDate()),
                        second.getSequence(), second.getType().name(), dayZh(second.getDate()), days, minGap),
                "%s (%s) and %s (%s) are %d day(s) apart, fewer than %d.".formatted(first.en(),
                        dayEn(first.getDate()), second.en(), dayEn(second.getDate()), days, minGap),
                List.of(), List.of(a.getCommunity().getId()), List.of(first.getId(), second.getId()));
    }

    /** Names every activity of the street that day, so that a planner sees which alliances to move. */
    static Reason streetOverloaded(String street, LocalDate day, List<JointActivity> activities, int max) {
        List<JointActivity> sorted = sorted(activities);
        return new Reason("%s在%s有%d项联合活动（%s），超过街道每日%d项的上限。".formatted(street, dayZh(day),
                        activities.size(), listZh(sorted), max),
                "%s has %d joint activities on %s (%s), more than its %d a day.".formatted(street, activities.size(),
                        dayEn(day), listEn(sorted), max),
                List.of(), sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    static Reason piledUp(LocalDate day, List<JointActivity> activities) {
        List<JointActivity> sorted = sorted(activities);
        JointActivity any = sorted.get(0);
        return new Reason("%s有%d个联合体同时举行%s（%s）。".formatted(dayZh(day), sorted.size(), any.getType().name(),
                        sorted.stream().map(a -> a.getCommunity().getName()).collect(Collectors.joining("、"))),
                "%d alliances hold a %s on %s (%s).".formatted(sorted.size(), any.getType().nameEn(), dayEn(day),
                        sorted.stream().map(a -> a.getCommunity().getName()).collect(Collectors.joining(", "))),
                List.of(), sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    private static Reason of(JointActivity a, String zh, String en) {
        return new Reason(zh, en, List.of(), List.of(a.getCommunity().getId()), List.of(a.getId()));
    }

    /** 南阳社区联合体第1次联合述职评议、迎春社区联合体第1次联合述职评议 */
    private static String listZh(List<JointActivity> activities) {
        return activities.stream().map(JointActivity::zh).collect(Collectors.joining("、"));
    }

    /** 南阳社区's joint year-end report and review #1, 迎春社区's joint year-end report and review #1 */
    private static String listEn(List<JointActivity> activities) {
        return activities.stream().map(JointActivity::en).collect(Collectors.joining(", "));
    }

    private static List<JointActivity> sorted(List<JointActivity> activities) {
        return activities.stream().sorted(Comparator.comparing(JointActivity::getId)).toList();
    }

    /** 2026-10-02（周五） */
    static String dayZh(LocalDate day) {
        return day + "（" + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA).replace("星期", "周") + "）";
    }

    static String dayEn(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
    }
}
